using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Features.Documents;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Shared;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Atlantic.Endorsements;

/// <summary>
/// One candidate's endorsement case: the class checked against Annex A, the needs assessment, the settlement plan,
/// the certificate of endorsement, the arrival, the settlement commitments and the worker's timeline.
/// Another organization's case answers 404 to every handler.
/// </summary>
[RequestSizeLimit(12 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
public sealed class CaseModel(
    PortalDbContext db, UserManager<PortalUser> users, DocumentStore store, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record CommitmentRow(Guid Id, CommitmentKind Kind, string Description, string Owner, DateOnly DueOn,
        CommitmentStatus Status, bool Overdue, bool PostArrival);

    public EndorsementCase Case { get; private set; } = null!;
    public string? OfferLabel { get; private set; }
    public string OccupationLabel { get; private set; } = string.Empty;
    public DateOnly EarliestDue { get; private set; }
    public IReadOnlyList<RuleResult> ClassCheck { get; private set; } = [];
    public IReadOnlyList<CommitmentRow> Commitments { get; private set; } = [];
    public IReadOnlyList<DocumentRow> Documents { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Members { get; private set; } = [];
    public IReadOnlyList<AuditRow> Timeline { get; private set; } = [];

    [BindProperty] public DateOnly? AssessedOn { get; set; }
    [BindProperty, StringLength(200, ErrorMessage = "Use at most {1} characters.")] public string? AssessmentProvider { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public DateOnly? CertificateOn { get; set; }
    [BindProperty, StringLength(50, ErrorMessage = "Use at most {1} characters.")] public string? CertificateNumber { get; set; }
    [BindProperty] public DateOnly? ArrivalOn { get; set; }
    [BindProperty] public CommitmentInput NewCommitment { get; set; } = new();

    public sealed class CommitmentInput
    {
        [Display(Name = "Kind of support")]
        public CommitmentKind Kind { get; set; } = CommitmentKind.EarlyTransportation;

        [StringLength(1000, ErrorMessage = "Use at most {1} characters.")]
        [Display(Name = "What the organization commits to")]
        public string? Description { get; set; }

        [Display(Name = "Owner")]
        public Guid? OwnerUserId { get; set; }

        [Display(Name = "Due on")]
        public DateOnly? DueOn { get; set; }
    }

    private DateOnly Today => clock.Today();
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private Guid Me => Guid.Parse(users.GetUserId(User)!);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? await ShowAsync(ct) : NotFound();

    public async Task<IActionResult> OnPostAssessmentAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return await ShowAsync(ct);
        return await StepAsync(Case.RecordNeedsAssessment(AssessedOn, AssessmentProvider, Today, Now),
            AssessedOn is null ? nameof(AssessedOn) : AssessedOn > Today ? nameof(AssessedOn) : nameof(AssessmentProvider),
            l["The needs assessment is recorded. Next: upload the settlement plan."], ct);
    }

    public async Task<IActionResult> OnPostPlanAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Case.NeedsAssessedOn is null) return await StepAsync(EndorsementProblem.AssessmentFirst, nameof(Upload), "", ct);
        if (Upload is null) return await StepAsync(EndorsementProblem.PlanMissing, nameof(Upload), "", ct);
        var (_, problem) = await DocumentUploads.AddAsync(db, store, Upload, Case.OrganizationId, DocumentOwner.EndorsementCase, Case.Id, DocumentKind.SettlementPlan, Me, Now, ct);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(Upload), UploadMessages.Describe(problem.Value, l));
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            return await ShowAsync(ct);
        }
        return await StepAsync(Case.RecordPlan(true, Now), nameof(Upload),
            l["The settlement plan is saved. Record the commitments it calls for below."], ct);
    }

    public async Task<IActionResult> OnPostCertificateAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return await ShowAsync(ct);
        var problem = Case.RecordCertificate(CertificateOn, CertificateNumber, Today, Now);
        if (problem is null && Upload is not null)
        {
            var (_, uploadProblem) = await DocumentUploads.AddAsync(db, store, Upload, Case.OrganizationId, DocumentOwner.EndorsementCase, Case.Id, DocumentKind.EndorsementCertificate, Me, Now, ct);
            if (uploadProblem is not null)
            {
                ModelState.AddModelError(nameof(Upload), UploadMessages.Describe(uploadProblem.Value, l));
                db.ChangeTracker.Clear();
                await LoadAsync(id, ct);
                return await ShowAsync(ct);
            }
        }
        return await StepAsync(problem, problem == EndorsementProblem.CertificateNumberMissing ? nameof(CertificateNumber) : nameof(CertificateOn),
            l["The certificate of endorsement is recorded."], ct);
    }

    public async Task<IActionResult> OnPostArrivalAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return await StepAsync(Case.RecordArrival(ArrivalOn, Now), nameof(ArrivalOn),
            l["The arrival date is recorded: commitments due from that day are the post-arrival support."], ct);
    }

    public async Task<IActionResult> OnPostCommitmentAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        // The owner must be an active member of this organization: anyone else's id is refused, not stored.
        var members = await db.ActiveMembersAsync(ct);
        if (NewCommitment.OwnerUserId is not { } owner || members.All(m => m.Id != owner))
            ModelState.AddModelError("NewCommitment.OwnerUserId", l["Choose an owner among your organization's members."]);
        if (string.IsNullOrWhiteSpace(NewCommitment.Description))
            ModelState.AddModelError("NewCommitment.Description", l["Describe the commitment."]);
        if (NewCommitment.DueOn is null)
            ModelState.AddModelError("NewCommitment.DueOn", l["Enter the due date."]);
        if (!ModelState.IsValid) return await ShowAsync(ct);
        var (commitment, problem) = SettlementCommitment.Create(Case, NewCommitment.Kind, NewCommitment.Description!,
            NewCommitment.OwnerUserId!.Value, NewCommitment.DueOn!.Value, EarliestDue, Me, Now);
        if (problem is not null)
        {
            ModelState.AddModelError(problem == CommitmentProblem.DueBeforeOffer ? "NewCommitment.DueOn" : "NewCommitment.Description",
                AtlanticMessages.Describe(problem.Value, l, EarliestDue));
            return await ShowAsync(ct);
        }
        db.SettlementCommitments.Add(commitment!);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["The commitment is added."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> StepAsync(EndorsementProblem? problem, string field, string done, CancellationToken ct)
    {
        if (problem is { } p)
        {
            ModelState.AddModelError(field, AtlanticMessages.Describe(p, l, Case.Province));
            db.ChangeTracker.Clear();
            return await ShowAsync(ct);
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = done;
        return RedirectToPage(new { id = Case.Id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await db.EndorsementCases.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return false;
        Case = c;
        EarliestDue = await db.EarliestDueAsync(c, ct);
        return true;
    }

    private async Task<PageResult> ShowAsync(CancellationToken ct)
    {
        var c = Case;
        var today = Today;
        var occupation = await db.Occupations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == c.OccupationCode, ct);
        OccupationLabel = occupation is null ? c.OccupationCode : $"{occupation.Code} {occupation.Title} (TEER {occupation.Teer})";
        ClassCheck = AnnexA.Check(c, occupation?.Title, occupation?.Teer);
        if (c.OfferId is { } offer)
            OfferLabel = await db.Offers.AsNoTracking().Where(o => o.Id == offer).Select(o => o.JobTitle + (o.OfferNumber == null ? "" : " · " + o.OfferNumber)).FirstOrDefaultAsync(ct);
        Members = await db.ActiveMembersAsync(ct);
        var commitments = await db.SettlementCommitments.AsNoTracking().Where(x => x.CaseId == c.Id)
            .OrderBy(x => x.DueOn).ThenBy(x => x.CreatedAtUtc).ToListAsync(ct);
        var owners = commitments.Select(x => x.OwnerUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => owners.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        Commitments = commitments.Select(x => new CommitmentRow(x.Id, x.Kind, x.Description, names.GetValueOrDefault(x.OwnerUserId, "?"), x.DueOn,
            x.Status, x.IsOverdue(today), c.ArrivalDate is { } arrival && x.DueOn >= arrival)).ToList();
        var commitmentIds = commitments.Select(x => x.Id).ToList();
        Documents = await DocumentList.ForAsync(db, [c.Id, .. commitmentIds], ct);

        // The worker's timeline, from the audit trail: the offer, the case, its commitments and documents.
        var keys = commitmentIds.Concat(Documents.Select(d => d.Id)).Append(c.Id).Select(x => x.ToString()).ToList();
        if (c.OfferId is { } o2) keys.Add(o2.ToString());
        Timeline = await AuditLog.HistoryOfAsync(db, [nameof(Offer), nameof(EndorsementCase), nameof(SettlementCommitment), .. Document.AuditEntityTypes],
            keys, ct, take: 500, oldestFirst: true);
        NewCommitment.DueOn ??= c.ArrivalDate ?? today;
        return Page();
    }
}
