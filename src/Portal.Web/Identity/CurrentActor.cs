using System.Security.Claims;

namespace Portal.Web.Identity;

/// <summary>
/// Who is acting in this scope: the signed-in person of the current request, or a named system actor
/// for commands and jobs. The DbContext reads it for the organization query filter and the audit trail.
/// </summary>
public sealed class CurrentActor(IHttpContextAccessor httpContextAccessor)
{
    private string? _systemName;

    private ClaimsPrincipal? User =>
        _systemName is null && httpContextAccessor.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null;

    public Guid? UserId => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public Guid? OrganizationId =>
        Guid.TryParse(User?.FindFirstValue(PortalClaims.OrganizationId), out var id) ? id : null;

    public bool IsAdministrator => User?.IsInRole(PortalRoles.Administrator) == true;

    /// <summary>Administrators and system actors see every organization; everyone else only their own.</summary>
    public bool SeesAllOrganizations => _systemName is not null || IsAdministrator;

    public string Name =>
        _systemName is not null ? "system:" + _systemName
        : User?.FindFirstValue(ClaimTypes.Email) ?? User?.FindFirstValue(ClaimTypes.Name) ?? "anonymous";

    /// <summary>
    /// The address of the request's client, for the audit trail: the connection's, or the one a known proxy forwarded
    /// (ForwardedHeaders settings). Null outside a request, and when the server does not know it.
    /// </summary>
    public string? ClientAddress => httpContextAccessor.HttpContext?.Connection.RemoteIpAddress is { } address
        ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
        : null;

    /// <summary>For commands and background jobs: this scope acts as the system, across organizations.</summary>
    public void ActAsSystem(string name) => _systemName = name;
}
