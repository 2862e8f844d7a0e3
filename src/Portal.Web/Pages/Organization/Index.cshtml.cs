using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Organizations;

namespace Portal.Web.Pages.Organization;

public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public Organizations.Organization Organization { get; private set; } = null!;
    public int ActiveMembers { get; private set; }
    public int ActiveOwners { get; private set; }
    public IReadOnlyDictionary<Web.Offers.OfferStatus, int> OffersByStatus { get; private set; } = new Dictionary<Web.Offers.OfferStatus, int>();
    public sealed record ActionRow(Guid Id, string WorkerName, string JobTitle, Web.Offers.OfferStatus Status, DateTime? Since);
    public IReadOnlyList<ActionRow> NeedsAction { get; private set; } = [];
    public int OpenCommitments { get; private set; }
    public int OverdueCommitments { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The organization filter leaves exactly the signed-in member's own organization.
        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(ct);
        if (org is null) return NotFound();
        Organization = org;
        var counts = await db.Memberships.AsNoTracking().Where(m => m.IsActive)
            .GroupBy(m => m.Role).Select(g => new { Role = g.Key, Count = g.Count() }).ToListAsync(ct);
        ActiveMembers = counts.Sum(c => c.Count);
        ActiveOwners = counts.Where(c => c.Role == MemberRole.EmployerOwner).Sum(c => c.Count);

        // The dashboard: offers by status, and those waiting on the organization (fee, or number not yet given).
        OffersByStatus = await db.Offers.AsNoTracking().GroupBy(o => o.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        NeedsAction = await db.Offers.AsNoTracking()
            .Where(o => o.Status == Web.Offers.OfferStatus.Submitted || o.Status == Web.Offers.OfferStatus.NumberReceived || o.Status == Web.Offers.OfferStatus.Draft)
            .OrderBy(o => o.Status == Web.Offers.OfferStatus.Draft).ThenBy(o => o.UpdatedAtUtc).Take(10)
            .Select(o => new ActionRow(o.Id, o.WorkerGivenNames + " " + o.WorkerFamilyName, o.JobTitle, o.Status,
                o.Status == Web.Offers.OfferStatus.Submitted ? o.SubmittedAtUtc : o.Status == Web.Offers.OfferStatus.NumberReceived ? o.NumberRecordedAtUtc : o.UpdatedAtUtc))
            .ToListAsync(ct);
        var today = clock.Today();
        var commitments = await db.SettlementCommitments.AsNoTracking()
            .Where(c => c.Status == Web.Atlantic.CommitmentStatus.Planned || c.Status == Web.Atlantic.CommitmentStatus.InProgress)
            .GroupBy(c => 1).Select(g => new { Open = g.Count(), Overdue = g.Count(c => c.DueOn < today) }).FirstOrDefaultAsync(ct);
        (OpenCommitments, OverdueCommitments) = (commitments?.Open ?? 0, commitments?.Overdue ?? 0);
        return Page();
    }
}
