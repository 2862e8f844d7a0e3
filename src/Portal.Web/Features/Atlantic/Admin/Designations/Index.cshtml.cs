using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Organizations;
using Portal.Web.Features.Shared;

namespace Portal.Web.Features.Atlantic.Admin.Designations;

/// <summary>The administrators' review queue: submitted applications, oldest first; other statuses by filter. Drafts are the employer's own.</summary>
public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Organization, Province Province, DesignationStatus Status, int Version, DateTime? SubmittedAtUtc, DateTime? DecidedAtUtc);

    [BindProperty(SupportsGet = true)] public DesignationStatus? Status { get; set; } = DesignationStatus.Submitted;
    [BindProperty(SupportsGet = true)] public Province? Province { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.QueryKey)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public static readonly DesignationStatus[] Statuses =
        [DesignationStatus.Submitted, DesignationStatus.ChangesRequested, DesignationStatus.Approved, DesignationStatus.Refused, DesignationStatus.Withdrawn];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.DesignationApplications.AsNoTracking().Where(a => a.Status != DesignationStatus.Draft);
        if (Status is { } s) query = query.Where(a => a.Status == s);
        if (Province is { } p) query = query.Where(a => a.Province == p);
        var total = await query.CountAsync(ct);
        Pager = new Pager(Pager.Normalize(PageNumber), PageSize, total, "/Admin/Designations",
            new Dictionary<string, string?> { ["status"] = Status?.ToString(), ["province"] = Province?.ToString() });
        Rows = await query.OrderBy(a => a.SubmittedAtUtc).ThenBy(a => a.CreatedAtUtc).Skip(Pager.Skip).Take(PageSize)
            .Join(db.Organizations, a => a.OrganizationId, o => o.Id, (a, o) => new Row(a.Id, o.OperatingName ?? o.LegalName,
                a.Province, a.Status, a.Version, a.SubmittedAtUtc, a.DecidedAtUtc))
            .ToListAsync(ct);
    }
}
