using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Email.Messages;
using Portal.Web.Features.Documents;
using Portal.Web.Identity;
using Portal.Web.Localization;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Offers;

/// <summary>
/// One offer: its details, the eligibility check explaining itself, the next step, documents and history.
/// Members act on it; administrators read it. Another organization's offer answers 404 to every handler.
/// </summary>
[RequestSizeLimit(12 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
public sealed class DetailsModel(
    PortalDbContext db, UserManager<PortalUser> users, DocumentStore store, PortalEmails emails,
    TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record DocumentRow(Guid Id, DocumentKind Kind, string FileName, long SizeBytes, DateTime UploadedAtUtc, string UploadedBy);
    public sealed record Step(string Name, DateTime? AtUtc, string? By, string? Detail);

    public Offer Offer { get; private set; } = null!;
    public string OrganizationName { get; private set; } = string.Empty;
    public Occupation? Occupation { get; private set; }
    public ImmigrationProgram? Program { get; private set; }
    public ImmigrationProgram? Pathway { get; private set; }
    public string CountryName { get; private set; } = string.Empty;
    public IReadOnlyList<RuleResult> Eligibility { get; private set; } = [];
    public ComplianceFee? Fee { get; private set; }
    public IReadOnlyList<DocumentRow> Documents { get; private set; } = [];
    public IReadOnlyList<Step> Steps { get; private set; } = [];
    public IReadOnlyList<AuditRow> History { get; private set; } = [];
    public bool CanAct => !User.IsInRole(PortalRoles.Administrator);
    /// <summary>For an offer under an Atlantic class: its endorsement case, if one is open.</summary>
    public Guid? EndorsementCaseId { get; private set; }
    public bool IsAtlantic { get; private set; }

    [BindProperty] public FeeInput FeeForm { get; set; } = new();
    [BindProperty] public string? OfferNumberInput { get; set; }
    [BindProperty] public DateOnly? GivenOn { get; set; }
    [BindProperty] public bool EmailWorker { get; set; }
    [BindProperty] public string? WithdrawalReason { get; set; }
    [BindProperty] public bool ConfirmWithdrawal { get; set; }
    [BindProperty] public DateOnly? RefundDate { get; set; }
    [BindProperty] public string? ExemptionReason { get; set; }
    [BindProperty] public PermitInput PermitForm { get; set; } = new();
    [BindProperty] public DateOnly? FirstDay { get; set; }
    [BindProperty] public DocumentKind UploadKind { get; set; } = DocumentKind.SignedOfferLetter;
    [BindProperty] public IFormFile? Upload { get; set; }

    public sealed class FeeInput
    {
        [Range(typeof(decimal), "0", "100000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true, ErrorMessage = "Enter the amount paid.")]
        public decimal? Amount { get; set; }
        public DateOnly? PaidOn { get; set; }
        [StringLength(100, ErrorMessage = "Use at most {1} characters.")]
        public string? Reference { get; set; }
    }

    public sealed class PermitInput
    {
        public PermitOutcome? Outcome { get; set; }
        public DateOnly? DecidedOn { get; set; }
        [StringLength(20, ErrorMessage = "Use at most {1} characters.")]
        public string? Number { get; set; }
        public DateOnly? ExpiresOn { get; set; }
    }

    private DateOnly Today => clock.Today();
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private Guid Me => Guid.Parse(users.GetUserId(User)!);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? await ShowAsync(ct) : NotFound();

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAct) return Forbid();
        // The check runs again at submission, on the offer as it is now.
        return await StepAsync(Offer.Submit(!Web.Features.Offers.Eligibility.Blocks(Eligibility), Today, Me, Now), l["The offer is submitted. Next: record the compliance fee."], ct);
    }

    public async Task<IActionResult> OnPostFeeAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAct) return Forbid();
        if (Fee is null) return Refuse(l["No compliance fee is set: ask an administrator."]);
        if (FeeForm.Amount is null) ModelState.AddModelError("FeeForm.Amount", l["Enter the amount paid."]);
        else if (FeeForm.Amount != Fee.Amount) ModelState.AddModelError("FeeForm.Amount", l["The compliance fee is {0} {1}: the amount must be exactly that.", Fee.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), Fee.Currency]);
        if (FeeForm.PaidOn is null) ModelState.AddModelError("FeeForm.PaidOn", l["Enter the date of payment."]);
        else if (FeeForm.PaidOn > Today) ModelState.AddModelError("FeeForm.PaidOn", l["The date cannot be in the future."]);
        if (string.IsNullOrWhiteSpace(FeeForm.Reference)) ModelState.AddModelError("FeeForm.Reference", l["Enter the receipt or transaction reference."]);
        if (!ModelState.IsValid) return await ShowAsync(ct);
        return await StepAsync(Offer.RecordFee(FeeForm.Amount!.Value, Fee!.Amount, FeeForm.PaidOn!.Value, FeeForm.Reference!, Today, Me, Now),
            l["The fee is recorded. Next: record the offer of employment number."], ct);
    }

    public async Task<IActionResult> OnPostFeeExemptAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAct) return Forbid();
        var proof = await db.OfferDocuments.AnyAsync(d => d.OfferId == id && d.Kind == DocumentKind.ExemptionProof, ct);
        if (string.IsNullOrWhiteSpace(ExemptionReason)) ModelState.AddModelError(nameof(ExemptionReason), OfferMessages.Describe(OfferProblem.ExemptionReasonMissing, l));
        else if (ExemptionReason.Length > 1000) ModelState.AddModelError(nameof(ExemptionReason), l["Use at most {0} characters.", 1000]);
        if (!proof) ModelState.AddModelError(nameof(ExemptionReason), OfferMessages.Describe(OfferProblem.ExemptionProofMissing, l));
        if (!ModelState.IsValid) return await ShowAsync(ct);
        return await StepAsync(Offer.RecordFeeExemption(ExemptionReason, proof, Me, Now),
            l["The fee exemption is recorded. Next: record the offer of employment number."], ct);
    }

    public async Task<IActionResult> OnPostNumberAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAct) return Forbid();
        var number = (OfferNumberInput ?? string.Empty).Trim().ToUpperInvariant();
        var taken = l["The offer number {0} is already recorded on another offer. Check it against IRCC's message.", number];
        if (Offer.Status == OfferStatus.FeeRecorded)
        {
            if (!Web.Features.Offers.Offer.IsValidOfferNumber(number))
                ModelState.AddModelError(nameof(OfferNumberInput), OfferMessages.Describe(OfferProblem.OfferNumberFormat, l));
            else if (await db.Offers.IgnoreQueryFilters().AnyAsync(o => o.OfferNumber == number && o.Id != Offer.Id, ct))
                ModelState.AddModelError(nameof(OfferNumberInput), taken);
            if (!ModelState.IsValid) return await ShowAsync(ct);
        }
        try
        {
            return await StepAsync(Offer.RecordOfferNumber(number, Me, Now), l["The offer number is recorded. Next: give it to the worker."], ct);
        }
        catch (DbUpdateException)
        {
            // Recorded on another offer a moment ago: the unique index said no.
            ModelState.AddModelError(nameof(OfferNumberInput), taken);
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return await ShowAsync(ct);
        }
    }

    public async Task<IActionResult> OnPostGivenAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAct) return Forbid();
        if (Offer.Status == OfferStatus.NumberReceived && GivenOn is null)
        {
            ModelState.AddModelError(nameof(GivenOn), l["Enter the date the number was given to the worker."]);
            return await ShowAsync(ct);
        }
        var problem = Offer.RecordNumberGiven(GivenOn ?? Today, EmailWorker, Today, Me, Now);
        var done = l["The offer number is recorded as given to the worker."].Value;
        if (problem is null && EmailWorker)
        {
            // One email per offer and number, however many times the button is pressed: the outbox queues a key once.
            // An email the mail server did not take at once waits in the outbox, which keeps trying: the step stands.
            var sent = await emails.SendAsync(Offer.WorkerEmail, System.Globalization.CultureInfo.CurrentUICulture.Name,
                new OfferNumberMessage(Offer.WorkerName, OrganizationName, Offer.JobTitle, Offer.OfferNumber!),
                $"{nameof(OfferNumberMessage)}:{Offer.Id:N}:{Offer.OfferNumber}", ct);
            if (!sent)
                done = l["The offer number is recorded as given to the worker. The mail server did not take the email to the worker just now: it is queued and will be sent automatically."].Value;
        }
        return await StepAsync(problem, done, ct);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAct) return Forbid();
        if (string.IsNullOrWhiteSpace(WithdrawalReason)) ModelState.AddModelError(nameof(WithdrawalReason), l["Say why the offer is withdrawn."]);
        else if (WithdrawalReason.Length > 1000) ModelState.AddModelError(nameof(WithdrawalReason), l["Use at most {0} characters.", 1000]);
        if (!ConfirmWithdrawal) ModelState.AddModelError(nameof(ConfirmWithdrawal), l["Tick the box to confirm the withdrawal."]);
        if (!ModelState.IsValid) return await ShowAsync(ct);
        return await StepAsync(Offer.Withdraw(WithdrawalReason!, Me, Now),
            Offer.FeePaid ? l["The offer is withdrawn. Track the refund of the fee below: it can take from 8 weeks to a year."] : l["The offer is withdrawn."], ct);
    }

    public async Task<IActionResult> OnPostPermitAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAct) return Forbid();
        var f = PermitForm;
        if (f.Outcome is null || !Enum.IsDefined(f.Outcome.Value)) ModelState.AddModelError("PermitForm.Outcome", l["Choose IRCC's decision."]);
        if (f.DecidedOn is null) ModelState.AddModelError("PermitForm.DecidedOn", l["Enter the date of the decision."]);
        else if (f.DecidedOn > Today) ModelState.AddModelError("PermitForm.DecidedOn", l["The date cannot be in the future."]);
        if (f.Outcome == PermitOutcome.Approved)
        {
            if (string.IsNullOrWhiteSpace(f.Number)) ModelState.AddModelError("PermitForm.Number", OfferMessages.Describe(OfferProblem.PermitNumberMissing, l));
            if (f.ExpiresOn is null || (f.DecidedOn is { } d && f.ExpiresOn <= d))
                ModelState.AddModelError("PermitForm.ExpiresOn", OfferMessages.Describe(OfferProblem.PermitExpiryBeforeDecision, l));
        }
        if (!ModelState.IsValid) return await ShowAsync(ct);
        var done = f.Outcome switch
        {
            PermitOutcome.Approved => l["The work permit is recorded. Reminders come 180 and 90 days before it expires."],
            PermitOutcome.Refused => Offer.FeePaid ? l["The refusal is recorded. Track the refund of the fee below: it can take from 8 weeks to a year."] : l["The refusal is recorded."],
            _ => l["The withdrawal of the application is recorded."],
        };
        return await StepAsync(Offer.RecordPermitDecision(f.Outcome!.Value, f.DecidedOn!.Value, f.Number, f.ExpiresOn, Today, Me, Now), done, ct);
    }

    public async Task<IActionResult> OnPostFirstDayAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAct) return Forbid();
        if (FirstDay is null) ModelState.AddModelError(nameof(FirstDay), l["Enter the worker's first day of employment."]);
        else if (FirstDay > Today) ModelState.AddModelError(nameof(FirstDay), l["The date cannot be in the future."]);
        else if (Offer.PermitDecidedOn is { } decided && FirstDay < decided) ModelState.AddModelError(nameof(FirstDay), OfferMessages.Describe(OfferProblem.DateBeforePermit, l));
        if (!ModelState.IsValid) return await ShowAsync(ct);
        return await StepAsync(Offer.RecordFirstDay(FirstDay!.Value, Today, Me, Now),
            l["The first day is recorded: keep the offer's records until {0:yyyy-MM-dd}.", FirstDay!.Value.AddYears(6)], ct);
    }

    public async Task<IActionResult> OnPostRefundRequestedAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAct) return Forbid();
        return await StepAsync(Offer.RequestRefund(RefundDate ?? Today, Today), l["The refund request is recorded."], ct);
    }

    public async Task<IActionResult> OnPostRefundReceivedAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAct) return Forbid();
        return await StepAsync(Offer.RecordRefundReceived(RefundDate ?? Today, Today), l["The refund is recorded as received."], ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!CanAct) return Forbid();
        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), l["Choose a file."]);
            return await ShowAsync(ct);
        }
        var (document, problem) = await DocumentUploads.AddAsync(db, store, Upload, f => OfferDocument.Create(Offer, UploadKind, f, Me, Now), ct);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(Upload), Shared.UploadMessages.Describe(problem.Value, l));
            return await ShowAsync(ct);
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["{0} is saved with the offer.", document!.FileName].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> StepAsync(OfferProblem? problem, string done, CancellationToken ct)
    {
        if (problem is { } p) return Refuse(OfferMessages.Describe(p, l));
        await db.SaveChangesAsync(ct);
        TempData["Status"] = done;
        return RedirectToPage(new { id = Offer.Id });
    }

    private RedirectToPageResult Refuse(string message)
    {
        TempData["Error"] = message;
        return RedirectToPage(new { id = Offer.Id });
    }

    /// <summary>What every handler needs: the offer (through the organization filter), its facts and the fee in force.</summary>
    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var offer = await db.Offers.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return false;
        Offer = offer;
        OrganizationName = await db.Organizations.AsNoTracking().Where(o => o.Id == offer.OrganizationId)
            .Select(o => o.OperatingName ?? o.LegalName).FirstAsync(ct);
        var details = offer.Details;
        var facts = await OfferFacts.ForAsync(db, details, offer.OrganizationId, offer.Id, offer.JudgedOn(Today), offer.Status == OfferStatus.Draft, ct);
        Occupation = facts.Occupation;
        Program = facts.Code?.Program ?? await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.Code == offer.ProgramCode, ct);
        Pathway = facts.Pathway?.Program;
        Eligibility = Web.Features.Offers.Eligibility.Check(details, facts);
        Fee = await OfferFacts.FeeOnAsync(db, Today, ct);
        FeeForm.Amount ??= Fee?.Amount;
        return true;
    }

    /// <summary>What only the page shows (documents, steps with names, history): read when the page is rendered, not before a redirect.</summary>
    private async Task<PageResult> ShowAsync(CancellationToken ct)
    {
        var offer = Offer;
        var id = offer.Id;
        var country = await db.Countries.AsNoTracking().FirstOrDefaultAsync(c => c.Code == offer.WorkerCitizenship, ct);
        CountryName = country?.Name(System.Globalization.CultureInfo.CurrentUICulture.Name) ?? offer.WorkerCitizenship;

        IsAtlantic = Web.Features.Atlantic.AnnexA.IsAtlanticOffer(offer.ProgramCode, offer.PathwayCode);
        if (IsAtlantic)
            EndorsementCaseId = await db.EndorsementCases.AsNoTracking().Where(c => c.OfferId == id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        var docs = await db.OfferDocuments.AsNoTracking().Where(d => d.OfferId == id).OrderBy(d => d.UploadedAtUtc).ToListAsync(ct);
        var people = new[] { offer.CreatedByUserId, offer.SubmittedByUserId, offer.FeeRecordedByUserId, offer.NumberRecordedByUserId, offer.NumberGivenByUserId,
                offer.WithdrawnByUserId, offer.PermitRecordedByUserId, offer.FirstDayRecordedByUserId }
            .Concat(docs.Select(d => (Guid?)d.UploadedByUserId)).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        string? Name(Guid? who) => who is { } w ? names.GetValueOrDefault(w, "?") : null;
        Documents = docs.Select(d => new DocumentRow(d.Id, d.Kind, d.FileName, d.SizeBytes, d.UploadedAtUtc, Name(d.UploadedByUserId)!)).ToList();
        var steps = new List<Step> { new(l["Created as a draft"], offer.CreatedAtUtc, Name(offer.CreatedByUserId), null) };
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
        Steps = steps;

        var entityIds = docs.Select(d => d.Id.ToString()).Append(id.ToString()).ToList();
        History = await db.AuditEntries.AsNoTracking()
            .Where(a => (a.EntityType == nameof(Web.Features.Offers.Offer) || a.EntityType == nameof(OfferDocument)) && entityIds.Contains(a.EntityId))
            .OrderByDescending(a => a.Id).Take(100)
            .Select(a => new AuditRow(a.Id, a.OccurredAtUtc, a.ActorName, a.EntityType, a.EntityId, a.Action, a.Changes))
            .ToListAsync(ct);
        return Page();
    }
}
