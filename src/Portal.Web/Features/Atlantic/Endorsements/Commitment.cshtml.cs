using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Features.Documents;
using Portal.Web.Features.Shared;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Atlantic.Endorsements;

/// <summary>One settlement commitment: its plan, owner, due date and status, its evidence (notes and files) and history.</summary>
[RequestSizeLimit(12 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
public sealed class CommitmentModel(
    PortalDbContext db, UserManager<PortalUser> users, DocumentStore store, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public SettlementCommitment Commitment { get; private set; } = null!;
    public EndorsementCase Case { get; private set; } = null!;
    public DateOnly EarliestDue { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> Members { get; private set; } = [];
    public IReadOnlyList<DocumentRow> Evidence { get; private set; } = [];
    public IReadOnlyList<AuditRow> History { get; private set; } = [];

    [BindProperty] public CommitmentForm Input { get; set; } = new();
    [BindProperty] public IFormFile? Upload { get; set; }

    public sealed class CommitmentForm
    {
        [StringLength(1000, ErrorMessage = "Use at most {1} characters.")]
        [Display(Name = "What the organization commits to")]
        public string? Description { get; set; }
        [Display(Name = "Owner")]
        public Guid? OwnerUserId { get; set; }
        [Display(Name = "Due on")]
        public DateOnly? DueOn { get; set; }
        [Display(Name = "Status")]
        public CommitmentStatus Status { get; set; }
        [StringLength(1000, ErrorMessage = "Use at most {1} characters.")]
        [Display(Name = "Why it is not needed")]
        public string? NotNeededReason { get; set; }
        [StringLength(2000, ErrorMessage = "Use at most {1} characters.")]
        [Display(Name = "Evidence notes")]
        public string? EvidenceNotes { get; set; }
        [Display(Name = "Done on")]
        public DateOnly? CompletedOn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var c = Commitment;
        Input = new CommitmentForm
        {
            Description = c.Description, OwnerUserId = c.OwnerUserId, DueOn = c.DueOn, Status = c.Status,
            NotNeededReason = c.NotNeededReason, EvidenceNotes = c.EvidenceNotes, CompletedOn = c.CompletedOn,
        };
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var members = await db.ActiveMembersAsync(ct);
        // The current owner stays allowed even if they left since; a new owner must be an active member.
        if (Input.OwnerUserId is not { } owner || (owner != Commitment.OwnerUserId && members.All(m => m.Id != owner)))
            ModelState.AddModelError("Input.OwnerUserId", l["Choose an owner among your organization's members."]);
        if (Input.DueOn is null) ModelState.AddModelError("Input.DueOn", l["Enter the due date."]);
        if (string.IsNullOrWhiteSpace(Input.Description)) ModelState.AddModelError("Input.Description", l["Describe the commitment."]);
        if (!Enum.IsDefined(Input.Status)) ModelState.AddModelError("Input.Status", l["Choose the status."]);
        if (!ModelState.IsValid) return await ShowAsync(ct);

        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var problem = Commitment.Update(Input.Description!, Input.OwnerUserId!.Value, Input.DueOn!.Value, Input.Status, Input.NotNeededReason,
            Input.EvidenceNotes, Input.CompletedOn, EarliestDue, today, now);
        if (problem is not null)
        {
            ModelState.AddModelError(problem switch
            {
                CommitmentProblem.DueBeforeOffer => "Input.DueOn",
                CommitmentProblem.ReasonMissing => "Input.NotNeededReason",
                CommitmentProblem.DateInFuture => "Input.CompletedOn",
                _ => "Input.Description",
            }, AtlanticMessages.Describe(problem.Value, l, EarliestDue));
            db.ChangeTracker.Clear();
            return await ShowAsync(ct);
        }
        if (Upload is not null)
        {
            var (_, uploadProblem) = await DocumentUploads.AddAsync(db, store, Upload, Commitment.OrganizationId, DocumentOwner.SettlementCommitment,
                Commitment.Id, DocumentKind.CommitmentEvidence, Guid.Parse(users.GetUserId(User)!), now, ct);
            if (uploadProblem is not null)
            {
                ModelState.AddModelError(nameof(Upload), UploadMessages.Describe(uploadProblem.Value, l));
                db.ChangeTracker.Clear();
                return await ShowAsync(ct);
            }
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["The commitment is saved."].Value;
        return RedirectToPage("Case", new { id = Commitment.CaseId });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var commitment = await db.SettlementCommitments.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (commitment is null) return false;
        Commitment = commitment;
        Case = await db.EndorsementCases.AsNoTracking().FirstAsync(c => c.Id == commitment.CaseId, ct);
        EarliestDue = await db.EarliestDueAsync(Case, ct);
        return true;
    }

    private async Task<PageResult> ShowAsync(CancellationToken ct)
    {
        var id = Commitment.Id;
        Members = await db.ActiveMembersAsync(ct);
        Evidence = await DocumentList.ForAsync(db, [id], ct);
        History = await AuditLog.HistoryOfAsync(db, [nameof(SettlementCommitment), .. Document.AuditEntityTypes],
            [id.ToString(), .. Evidence.Select(d => d.Id.ToString())], ct);
        return Page();
    }
}
