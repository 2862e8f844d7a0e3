using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Offers;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Organizations;

public sealed class IndexModel(
    PortalDbContext db, TimeProvider clock, UserManager<PortalUser> users, PortalSignInManager signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    public Organizations.Organization Organization { get; private set; } = null!;
    public int ActiveMembers { get; private set; }
    public int ActiveOwners { get; private set; }
    public IReadOnlyDictionary<OfferStatus, int> OffersByStatus { get; private set; } = new Dictionary<OfferStatus, int>();
    public sealed record ActionRow(Guid Id, string WorkerName, string JobTitle, OfferStatus Status, DateTime? Since);
    public IReadOnlyList<ActionRow> NeedsAction { get; private set; } = [];
    public int OpenCommitments { get; private set; }
    public int OverdueCommitments { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // One round trip for the organization and every count on the dashboard: the organization filter applies to each
        // subquery, so they count the signed-in member's organization only (each on an index that starts with it).
        var today = clock.Today();
        var summary = await db.Organizations.AsNoTracking().Select(o => new
        {
            Organization = o,
            Members = db.Memberships.Count(m => m.IsActive),
            Owners = db.Memberships.Count(m => m.IsActive && m.Role == MemberRole.EmployerOwner),
            Draft = db.Offers.Count(x => x.Status == OfferStatus.Draft),
            Submitted = db.Offers.Count(x => x.Status == OfferStatus.Submitted),
            FeeRecorded = db.Offers.Count(x => x.Status == OfferStatus.FeeRecorded),
            NumberReceived = db.Offers.Count(x => x.Status == OfferStatus.NumberReceived),
            NumberGiven = db.Offers.Count(x => x.Status == OfferStatus.NumberGiven),
            Withdrawn = db.Offers.Count(x => x.Status == OfferStatus.Withdrawn),
            OpenCommitments = db.SettlementCommitments.Count(c => c.Status == CommitmentStatus.Planned || c.Status == CommitmentStatus.InProgress),
            OverdueCommitments = db.SettlementCommitments.Count(c => (c.Status == CommitmentStatus.Planned || c.Status == CommitmentStatus.InProgress) && c.DueOn < today),
        }).SingleOrDefaultAsync(ct);
        if (summary is null) return NotFound();
        Organization = summary.Organization;
        (ActiveMembers, ActiveOwners) = (summary.Members, summary.Owners);
        OffersByStatus = new Dictionary<OfferStatus, int>
        {
            [OfferStatus.Draft] = summary.Draft, [OfferStatus.Submitted] = summary.Submitted, [OfferStatus.FeeRecorded] = summary.FeeRecorded,
            [OfferStatus.NumberReceived] = summary.NumberReceived, [OfferStatus.NumberGiven] = summary.NumberGiven, [OfferStatus.Withdrawn] = summary.Withdrawn,
        };
        (OpenCommitments, OverdueCommitments) = (summary.OpenCommitments, summary.OverdueCommitments);

        // The offers waiting on the organization (fee, or number not yet given), drafts last.
        NeedsAction = await db.Offers.AsNoTracking()
            .Where(o => o.Status == OfferStatus.Submitted || o.Status == OfferStatus.NumberReceived || o.Status == OfferStatus.Draft)
            .OrderBy(o => o.Status == OfferStatus.Draft).ThenBy(o => o.UpdatedAtUtc).Take(10)
            .Select(o => new ActionRow(o.Id, o.WorkerGivenNames + " " + o.WorkerFamilyName, o.JobTitle, o.Status,
                o.Status == OfferStatus.Submitted ? o.SubmittedAtUtc : o.Status == OfferStatus.NumberReceived ? o.NumberRecordedAtUtc : o.UpdatedAtUtc))
            .ToListAsync(ct);
        return Page();
    }

    /// <summary>
    /// An owner requires two-factor sign-in of every owner and HR staff member, or makes it optional again. Members'
    /// sessions learn it at their next check (within a minute) and are sent to set it up. An owner must use it
    /// themselves first, so that nobody turns it on without knowing what their colleagues will be asked to do.
    /// </summary>
    public async Task<IActionResult> OnPostTwoFactorAsync(bool requireTwoFactor, CancellationToken ct)
    {
        if (!User.IsInRole(PortalRoles.EmployerOwner)) return Forbid();
        if (await users.GetUserAsync(User) is not { } me) return Challenge();
        if (requireTwoFactor && !me.TwoFactorEnabled)
        {
            TempData["Error"] = l["Turn on two-factor sign-in for yourself first, then require it of everyone."].Value;
            return RedirectToPage();
        }
        var organization = await db.Organizations.SingleAsync(ct);
        if (organization.SetTwoFactorRequirement(requireTwoFactor)) await db.SaveChangesAsync(ct);
        await signIn.RefreshSignInAsync(me);
        TempData["Status"] = (requireTwoFactor
            ? l["Owners and HR staff must now use two-factor sign-in. Those who do not yet are asked to set it up on their next page."]
            : l["Two-factor sign-in is now optional in your organization."]).Value;
        return RedirectToPage();
    }
}
