using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Offers;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Atlantic.Endorsements;

/// <summary>Opens an endorsement case for a candidate (from an offer under an AIP class, or without an offer yet), or edits one.</summary>
public sealed class EditModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public CandidateInput Input { get; set; } = new();
    public Guid? Id { get; private set; }
    public Guid? OfferId { get; private set; }
    public string? OfferLabel { get; private set; }
    public IReadOnlyList<(string Code, string Label)> Occupations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? offer, CancellationToken ct)
    {
        if (id is not null)
        {
            var c = await db.EndorsementCases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
            if (c is null) return NotFound();
            (Id, OfferId, Input) = (c.Id, c.OfferId, CandidateInput.From(c));
        }
        else if (offer is not null)
        {
            var o = await db.Offers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == offer, ct);
            if (o is null) return NotFound();
            if (await db.EndorsementCases.AsNoTracking().Where(c => c.OfferId == offer).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct) is { } existing)
                return RedirectToPage("Case", new { id = existing });
            (OfferId, Input) = (o.Id, CandidateInput.From(o));
        }
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, Guid? offer, CancellationToken ct)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        EndorsementCase? endorsement = null;
        if (id is not null)
        {
            endorsement = await db.EndorsementCases.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (endorsement is null) return NotFound();
            (Id, OfferId) = (endorsement.Id, endorsement.OfferId);
        }
        else if (offer is not null)
        {
            if (!await db.Offers.AnyAsync(o => o.Id == offer, ct)) return NotFound();
            if (await db.EndorsementCases.AsNoTracking().Where(c => c.OfferId == offer).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct) is { } existing)
                return RedirectToPage("Case", new { id = existing });
            OfferId = offer;
        }
        if (!string.IsNullOrEmpty(Input.OccupationCode) && !await db.Occupations.AnyAsync(o => o.Code == Input.OccupationCode && o.IsActive, ct))
            ModelState.AddModelError("Input.OccupationCode", l["The occupation code {0} is not in the NOC 2021 list.", Input.OccupationCode]);
        if (!ModelState.IsValid) return await ShowAsync(ct);

        var province = Input.Province!.Value;
        var designated = await db.IsDesignatedAsync(province, today, ct);
        EndorsementProblem? problem;
        if (endorsement is null)
        {
            var organizationId = Guid.Parse(User.FindFirst(PortalClaims.OrganizationId)!.Value);
            (endorsement, problem) = EndorsementCase.Open(organizationId, OfferId, Input.ToDetails(), designated, Guid.Parse(users.GetUserId(User)!), now);
            if (endorsement is not null) db.EndorsementCases.Add(endorsement);
        }
        else
        {
            problem = endorsement.Edit(Input.ToDetails(), designated, now);
        }
        if (problem is not null)
        {
            ModelState.AddModelError("Input.Province", AtlanticMessages.Describe(problem.Value, l, province));
            return await ShowAsync(ct);
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = (Id is null ? l["The endorsement case is open. Record the needs assessment when the settlement provider has done it."] : l["The case is saved."]).Value;
        return RedirectToPage("Case", new { id = endorsement!.Id });
    }

    private async Task<PageResult> ShowAsync(CancellationToken ct)
    {
        Occupations = (await OfferChoices.LoadAsync(db, ct)).Occupations;
        if (OfferId is { } offer)
            OfferLabel = await db.Offers.AsNoTracking().Where(o => o.Id == offer)
                .Select(o => o.JobTitle + " · " + o.WorkerGivenNames + " " + o.WorkerFamilyName).FirstOrDefaultAsync(ct);
        return Page();
    }
}
