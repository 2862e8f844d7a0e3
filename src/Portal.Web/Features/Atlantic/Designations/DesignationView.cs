using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Features.Documents;

namespace Portal.Web.Features.Atlantic.Designations;

/// <summary>Everything shown about one application, to its organization and to the administrators who review it.</summary>
public sealed record DesignationView(
    DesignationApplication Application, string OrganizationName, IReadOnlyList<DocumentRow> Documents,
    IReadOnlyDictionary<Guid, string> People, IReadOnlyList<AuditRow> History)
{
    public string Name(Guid? userId) => userId is { } id ? People.GetValueOrDefault(id, "?") : string.Empty;

    /// <summary>Null when there is no such application in what the signed-in person may see (another organization's: 404).</summary>
    public static async Task<DesignationView?> LoadAsync(PortalDbContext db, Guid id, CancellationToken ct)
    {
        var a = await db.DesignationApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == a.OrganizationId)
            .Select(o => o.OperatingName ?? o.LegalName).FirstAsync(ct);
        var documents = await DocumentList.ForAsync(db, [id], ct);
        var ids = new[] { a.CreatedByUserId, a.SubmittedByUserId, a.ChangesRequestedByUserId, a.DecidedByUserId, a.WithdrawnByUserId }
            .OfType<Guid>().Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var history = await AuditLog.HistoryOfAsync(db, [nameof(DesignationApplication), .. Document.AuditEntityTypes],
            [id.ToString(), .. documents.Select(d => d.Id.ToString())], ct);
        return new DesignationView(a, organization, documents, people, history);
    }
}
