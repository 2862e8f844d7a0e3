using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Features.Shared;

namespace Portal.Web.Features.Organizations;

public sealed class HistoryModel(PortalDbContext db) : PageModel
{
    public AuditPage Audit { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = Pager.QueryKey)] int page, string? entityType, string? kind, string? person, CancellationToken ct) =>
        Audit = await AuditLog.ReadAsync(db, "/Organization/History", page, new AuditFilter(entityType, kind == AuditFilter.SecurityKind, person?.Trim()), ct);
}
