namespace Portal.Web.Features.Organizations;

/// <summary>
/// A row that belongs to one organization. The DbContext puts a query filter on every such entity
/// so a query only ever sees the signed-in user's organization (see <see cref="Data.PortalDbContext"/>).
/// </summary>
public interface IOrganizationOwned
{
    Guid OrganizationId { get; }
}
