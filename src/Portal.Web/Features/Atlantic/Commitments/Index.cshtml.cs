using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Shared;

namespace Portal.Web.Features.Atlantic.Commitments;

/// <summary>
/// HR tracking: every worker's settlement commitments across the organization, open ones by default, overdue first,
/// filterable by owner, status and due date, with a count per worker.
/// </summary>
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, Guid CaseId, string Worker, CommitmentKind Kind, string Description, string Owner, DateOnly DueOn,
        CommitmentStatus Status, bool Overdue);
    public sealed record WorkerCount(Guid CaseId, string Worker, int Open, int Overdue);

    /// <summary>"open" (planned or in progress, the default), "all", or one status.</summary>
    [BindProperty(SupportsGet = true)] public string State { get; set; } = "open";
    [BindProperty(SupportsGet = true)] public Guid? Owner { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? DueBy { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.QueryKey)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<WorkerCount> Workers { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Members { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public int OverdueCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.Today();
        Members = await db.ActiveMembersAsync(ct);
        var query = db.SettlementCommitments.AsNoTracking();
        // Anything but "all" or a status's name ("9", "abc", a number for a status) is the default: the open ones.
        CommitmentStatus? status = Enum.TryParse<CommitmentStatus>(State, out var named) && Enum.IsDefined(named) ? named : null;
        State = State == "all" ? "all" : status?.ToString() ?? "open";
        query = State switch
        {
            "all" => query,
            "open" => query.Where(c => c.Status == CommitmentStatus.Planned || c.Status == CommitmentStatus.InProgress),
            _ => query.Where(c => c.Status == named),
        };
        if (Owner is { } owner) query = query.Where(c => c.OwnerUserId == owner);
        if (DueBy is { } due) query = query.Where(c => c.DueOn <= due);

        var total = await query.CountAsync(ct);
        Pager = new Pager(Pager.Normalize(PageNumber), PageSize, total, "/Commitments", new Dictionary<string, string?>
        {
            ["state"] = State, ["owner"] = Owner?.ToString(), ["dueBy"] = DueBy?.ToString("yyyy-MM-dd"),
        });
        // Overdue first (open and past due), then by due date.
        var rows = await query
            .OrderBy(c => (c.Status == CommitmentStatus.Planned || c.Status == CommitmentStatus.InProgress) && c.DueOn < today ? 0 : 1)
            .ThenBy(c => c.DueOn).ThenBy(c => c.CreatedAtUtc)
            .Skip(Pager.Skip).Take(PageSize)
            .Join(db.EndorsementCases, c => c.CaseId, e => e.Id, (c, e) => new { c, e.CandidateName })
            .Join(db.Users, x => x.c.OwnerUserId, u => u.Id, (x, u) => new { x.c, x.CandidateName, u.FullName })
            .ToListAsync(ct);
        // The joins may not keep the subquery's order in SQL: the page's rows are put back in it here.
        Rows = rows.Select(x => new Row(x.c.Id, x.c.CaseId, x.CandidateName, x.c.Kind, x.c.Description, x.FullName, x.c.DueOn, x.c.Status, x.c.IsOverdue(today)))
            .OrderBy(r => r.Overdue ? 0 : 1).ThenBy(r => r.DueOn).ToList();

        var open = db.SettlementCommitments.AsNoTracking().Where(c => c.Status == CommitmentStatus.Planned || c.Status == CommitmentStatus.InProgress);
        Workers = (await open.GroupBy(c => c.CaseId)
                .Select(g => new { CaseId = g.Key, Open = g.Count(), Overdue = g.Count(c => c.DueOn < today) })
                .Join(db.EndorsementCases, g => g.CaseId, e => e.Id, (g, e) => new { g.CaseId, e.CandidateName, g.Open, g.Overdue })
                .ToListAsync(ct))
            .OrderByDescending(w => w.Overdue).ThenBy(w => w.CandidateName, StringComparer.CurrentCultureIgnoreCase)
            .Select(w => new WorkerCount(w.CaseId, w.CandidateName, w.Open, w.Overdue)).ToList();
        OverdueCount = Workers.Sum(w => w.Overdue);
    }
}
