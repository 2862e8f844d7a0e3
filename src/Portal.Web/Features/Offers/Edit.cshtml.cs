using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Identity;
using Portal.Web.Localization;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Offers;

/// <summary>Creates an offer as a draft, or edits one (a submitted offer keeps its earlier version in the history).</summary>
public sealed class EditModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public OfferInput Input { get; set; } = new();
    public Guid? Id { get; private set; }
    public OfferStatus Status { get; private set; } = OfferStatus.Draft;
    public OfferChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is not null)
        {
            var offer = await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
            if (offer is null) return NotFound();
            Input = OfferInput.From(offer);
            (Id, Status) = (offer.Id, offer.Status);
            Choices = await OfferChoices.LoadAsync(db, ct, offer.ProgramCode, offer.PathwayCode);
            return Page();
        }
        Input.StartDate = clock.Today().AddMonths(2);
        Choices = await OfferChoices.LoadAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        Offer? offer = null;
        if (id is not null)
        {
            offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == id, ct);
            if (offer is null) return NotFound();
            (Id, Status) = (offer.Id, offer.Status);
        }
        else if (await db.Offers.AsNoTracking().Where(o => o.CreationToken == Input.CreationToken).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            // The same form posted twice (a double click, a resent request): one offer, not two.
            return RedirectToPage("Details", new { id = existing });
        }

        // Only a new offer or a draft must start in the future; a submitted one may already have started.
        if ((offer is null || offer.Status == OfferStatus.Draft) && Input.StartDate is { } start && start < today)
            ModelState.AddModelError("Input.StartDate", l["The start date of a new offer cannot be in the past."]);
        if (!string.IsNullOrEmpty(Input.OccupationCode) && !await db.Occupations.AnyAsync(o => o.Code == Input.OccupationCode && o.IsActive, ct))
            ModelState.AddModelError("Input.OccupationCode", l["The occupation code {0} is not in the NOC 2021 list.", Input.OccupationCode]);
        if (!string.IsNullOrEmpty(Input.ProgramCode)
            && !await db.Programs.AnyAsync(p => p.Code == Input.ProgramCode && p.IsActive && p.Kind == ProgramKind.ExemptionCode && p.EmployerSpecific, ct)
            && Input.ProgramCode != offer?.ProgramCode)
            ModelState.AddModelError("Input.ProgramCode", l["{0} is not an exemption code an offer of employment can be submitted under.", Input.ProgramCode]);
        if (!string.IsNullOrEmpty(Input.PathwayCode)
            && !await db.Programs.AnyAsync(p => p.Code == Input.PathwayCode && p.IsActive && p.Kind != ProgramKind.ExemptionCode, ct)
            && Input.PathwayCode != offer?.PathwayCode)
            ModelState.AddModelError("Input.PathwayCode", l["{0} is not a pathway the portal knows.", Input.PathwayCode]);
        if (!string.IsNullOrEmpty(Input.WorkerCitizenship) && !await db.Countries.AnyAsync(c => c.Code == Input.WorkerCitizenship, ct))
            ModelState.AddModelError("Input.WorkerCitizenship", l["Choose the country of citizenship."]);
        if (!ModelState.IsValid)
        {
            Choices = await OfferChoices.LoadAsync(db, ct, offer?.ProgramCode, offer?.PathwayCode);
            return Page();
        }

        if (offer is null)
        {
            var me = Guid.Parse(users.GetUserId(User)!);
            var organizationId = Guid.Parse(User.FindFirst(PortalClaims.OrganizationId)!.Value);
            offer = Offer.CreateDraft(organizationId, Input.CreationToken, Input.ToDetails(), me, now);
            db.Offers.Add(offer);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Two posts of the same form at the same moment: the unique creation token kept one.
                db.ChangeTracker.Clear();
                var first = await db.Offers.AsNoTracking().Where(o => o.CreationToken == Input.CreationToken).Select(o => o.Id).FirstAsync(ct);
                return RedirectToPage("Details", new { id = first });
            }
            TempData["Status"] = l["The offer is saved as a draft. Check its eligibility, then submit it."].Value;
        }
        else
        {
            // A submitted offer has started its way to IRCC: an edit (another occupation, another program) must keep it
            // eligible, checked as at submission, with each failed rule's reason beside its field and what was typed kept.
            var details = Input.ToDetails();
            var failed = offer.Status == OfferStatus.Draft ? []
                : Eligibility.Check(details, await OfferFacts.ForAsync(db, details, offer.OrganizationId, offer.Id, offer.JudgedOn(today), offer.Status == OfferStatus.Draft, ct)).Where(r => r.Outcome == RuleOutcome.Failed).ToList();
            foreach (var rule in failed)
                ModelState.AddModelError(rule.Field is null ? string.Empty : "Input." + rule.Field, l[rule.Message, rule.Values]);
            if (failed.Count > 0)
            {
                Choices = await OfferChoices.LoadAsync(db, ct, offer.ProgramCode, offer.PathwayCode);
                return Page();
            }
            if (offer.Edit(details, eligible: failed.Count == 0, now) is { } problem)
            {
                TempData["Error"] = OfferMessages.Describe(problem, l);
                return RedirectToPage("Details", new { id = offer.Id });
            }
            await db.SaveChangesAsync(ct);
            TempData["Status"] = l["The offer is saved."].Value;
        }
        return RedirectToPage("Details", new { id = offer.Id });
    }
}
