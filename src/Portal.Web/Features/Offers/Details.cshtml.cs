using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Features.Documents;
using Portal.Web.Features.Offers.Steps;
using Portal.Web.Identity;
using Portal.Web.Localization;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Offers;

/// <summary>
/// One offer: its details, the eligibility check explaining itself, the next step's form, documents and history.
/// Members act on it, each form posting to its step's page (<c>Steps/</c>); administrators read it. Another
/// organization's offer answers 404.
/// </summary>
public sealed class DetailsModel(PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record TimelineEntry(string Name, DateTime? AtUtc, string? By, string? Detail);

    public Offer Offer { get; private set; } = null!;
    public string OrganizationName { get; private set; } = string.Empty;
    public Occupation? Occupation { get; private set; }
    public ImmigrationProgram? Program { get; private set; }
    public ImmigrationProgram? Pathway { get; private set; }
    public string CountryName { get; private set; } = string.Empty;
    public IReadOnlyList<RuleResult> Eligibility { get; private set; } = [];
    public ComplianceFee? Fee { get; private set; }
    public IReadOnlyList<DocumentRow> Documents { get; private set; } = [];
    /// <summary>The steps taken so far, when and by whom.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public IReadOnlyList<AuditRow> History { get; private set; } = [];
    public bool CanAct => !User.IsInRole(PortalRoles.Administrator);
    /// <summary>For an offer under an Atlantic class: its endorsement case, if one is open.</summary>
    public Guid? EndorsementCaseId { get; private set; }
    public bool IsAtlantic { get; private set; }
    private DateOnly Today => clock.Today();

    public OfferHeader Header => new(Offer, OrganizationName, CanEdit: CanAct);
    /// <summary>What the step forms shown here start with (the fee's amount filled in); each posts to its own step page.</summary>
    public OfferStepForm StepForm => new(Offer, new OfferStepInput { Amount = Fee?.Amount }, Fee);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? await ShowAsync(ct) : NotFound();

    /// <summary>
    /// A form of this page from before each step had its own (a page left open across an update): nothing is taken; the
    /// offer opens again, with its step's form as it is now.
    /// </summary>
    public IActionResult OnPost(Guid id) => RedirectToPage(new { id });

    /// <summary>The offer (through the organization filter), its facts and the fee in force.</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await OfferHeader.LoadAsync(db, id, ct) is not { } found) return false;
        var offer = Offer = found.Offer;
        OrganizationName = found.OrganizationName;
        var details = offer.Details;
        var facts = await OfferFacts.ForAsync(db, details, offer.OrganizationId, offer.Id, offer.JudgedOn(Today), offer.Status == OfferStatus.Draft, ct);
        Occupation = facts.Occupation;
        Program = facts.Code?.Program ?? await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.Code == offer.ProgramCode, ct);
        Pathway = facts.Pathway?.Program;
        Eligibility = Web.Features.Offers.Eligibility.Check(details, facts);
        Fee = await OfferFacts.FeeOnAsync(db, Today, ct);
        return true;
    }

    /// <summary>What the page shows besides the offer: documents, steps with names, history.</summary>
    private async Task<PageResult> ShowAsync(CancellationToken ct)
    {
        var offer = Offer;
        var id = offer.Id;
        var country = await db.Countries.AsNoTracking().FirstOrDefaultAsync(c => c.Code == offer.WorkerCitizenship, ct);
        CountryName = country?.Name(System.Globalization.CultureInfo.CurrentUICulture.Name) ?? offer.WorkerCitizenship;

        IsAtlantic = Web.Features.Atlantic.AnnexA.IsAtlanticOffer(offer.ProgramCode, offer.PathwayCode);
        if (IsAtlantic)
            EndorsementCaseId = await db.EndorsementCases.AsNoTracking().Where(c => c.OfferId == id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        Documents = await DocumentList.ForAsync(db, [id], ct);
        var people = new[] { offer.CreatedByUserId, offer.SubmittedByUserId, offer.FeeRecordedByUserId, offer.NumberRecordedByUserId, offer.NumberGivenByUserId,
                offer.WithdrawnByUserId, offer.PermitRecordedByUserId, offer.FirstDayRecordedByUserId }.OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        string? Name(Guid? who) => who is { } w ? names.GetValueOrDefault(w, "?") : null;
        var steps = new List<TimelineEntry> { new(l["Created as a draft"], offer.CreatedAtUtc, Name(offer.CreatedByUserId), null) };
        if (offer.SubmittedAtUtc is not null) steps.Add(new(l["Submitted"], offer.SubmittedAtUtc, Name(offer.SubmittedByUserId), null));
        if (offer.FeeRecordedAtUtc is not null)
            steps.Add(new(l["Fee recorded"], offer.FeeRecordedAtUtc, Name(offer.FeeRecordedByUserId),
                offer.FeeExempt ? l["exempt from the fee"] + ": " + offer.FeeExemptionReason : $"{offer.FeeAmount:0.00} {Web.Features.Offers.Offer.Currency}, {offer.FeePaidOn:yyyy-MM-dd}, {offer.FeeReference}"));
        if (offer.NumberRecordedAtUtc is not null) steps.Add(new(l["Offer number received"], offer.NumberRecordedAtUtc, Name(offer.NumberRecordedByUserId), offer.OfferNumber));
        if (offer.NumberGivenAtUtc is not null)
            steps.Add(new(l["Number given to the worker"], offer.NumberGivenAtUtc, Name(offer.NumberGivenByUserId),
                $"{offer.NumberGivenOn:yyyy-MM-dd}" + (offer.NumberEmailedToWorker ? " · " + l["emailed to the worker"] : "")));
        if (offer.PermitRecordedAtUtc is not null)
            steps.Add(new(l["Work-permit decision"], offer.PermitRecordedAtUtc, Name(offer.PermitRecordedByUserId),
                $"{OfferMessages.Permit(offer.PermitOutcome!.Value, l)}, {offer.PermitDecidedOn:yyyy-MM-dd}"
                + (offer.PermitOutcome == PermitOutcome.Approved ? $" · {offer.PermitNumber} · {l["Expires"]} {offer.PermitExpiresOn:yyyy-MM-dd}" : "")));
        if (offer.FirstDayRecordedAtUtc is not null)
            steps.Add(new(l["First day of employment"], offer.FirstDayRecordedAtUtc, Name(offer.FirstDayRecordedByUserId), $"{offer.FirstDayOfEmployment:yyyy-MM-dd}"));
        if (offer.WithdrawnAtUtc is not null) steps.Add(new(l["Withdrawn"], offer.WithdrawnAtUtc, Name(offer.WithdrawnByUserId), offer.WithdrawalReason));
        Timeline = steps;

        History = await AuditLog.HistoryOfAsync(db, [nameof(Web.Features.Offers.Offer), .. Document.AuditEntityTypes],
            [id.ToString(), .. Documents.Select(d => d.Id.ToString())], ct);
        return Page();
    }
}
