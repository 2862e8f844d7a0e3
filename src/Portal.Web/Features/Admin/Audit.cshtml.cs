using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Features.Shared;

namespace Portal.Web.Features.Admin;

public sealed class AuditModel(PortalDbContext db) : PageModel
{
    public AuditPage Audit { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = Pager.QueryKey)] int page, string? entityType, string? kind, string? person, Guid? organizationId, CancellationToken ct) =>
        Audit = await AuditLog.ReadAsync(db, "/Admin/Audit", page,
            new AuditFilter(entityType, kind == AuditFilter.SecurityKind, person?.Trim(), organizationId), ct);
}
