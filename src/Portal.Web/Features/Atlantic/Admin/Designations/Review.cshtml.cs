using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Features.Atlantic.Designations;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Atlantic.Admin.Designations;

/// <summary>
/// An administrator reviews one application with its documents and the organization's history, then approves it,
/// refuses it with a reason, or asks for changes. Every decision records who and when; a draft cannot be decided.
/// </summary>
public sealed class ReviewModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public DesignationView View { get; private set; } = null!;
    public IReadOnlyList<AuditRow> OrganizationHistory { get; private set; } = [];
    public int OrganizationHistoryCount { get; private set; }

    [BindProperty, StringLength(50, ErrorMessage = "Use at most {1} characters.")] public string? DesignationNumber { get; set; }
    [BindProperty] public DateOnly? ExpiresOn { get; set; }
    [BindProperty, StringLength(2000, ErrorMessage = "Use at most {1} characters.")] public string? ChangesNote { get; set; }
    [BindProperty, StringLength(2000, ErrorMessage = "Use at most {1} characters.")] public string? RefusalReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await ShowAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        DecideAsync(id, nameof(DesignationNumber), (a, me, now) => a.Approve(DesignationNumber ?? string.Empty, ExpiresOn, clock.Today(), me, now), a => l["The application is approved: the organization is designated in {0}.", AtlanticMessages.Province(a.Province, l)], ct);

    public Task<IActionResult> OnPostRequestChangesAsync(Guid id, CancellationToken ct) =>
        DecideAsync(id, nameof(ChangesNote), (a, me, now) => a.RequestChanges(ChangesNote ?? string.Empty, me, now),
            _ => l["The application is sent back to the employer with your request."], ct);

    public Task<IActionResult> OnPostRefuseAsync(Guid id, CancellationToken ct) =>
        DecideAsync(id, nameof(RefusalReason), (a, me, now) => a.Refuse(RefusalReason ?? string.Empty, me, now),
            _ => l["The application is refused; the employer sees your reason."], ct);

    private async Task<IActionResult> DecideAsync(Guid id, string field,
        Func<DesignationApplication, Guid, DateTime, DesignationProblem?> decide, Func<DesignationApplication, string> done, CancellationToken ct)
    {
        var application = await db.DesignationApplications.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null) return NotFound();
        // Only the posted form's own field is checked: the other decisions' fields are empty by design.
        if (ModelState.GetFieldValidationState(field) == ModelValidationState.Invalid)
        {
            await ShowAsync(id, ct);
            return Page();
        }
        var problem = decide(application, Guid.Parse(users.GetUserId(User)!), clock.GetUtcNow().UtcDateTime);
        if (problem is null)
        {
            await db.SaveChangesAsync(ct);
            TempData["Status"] = done(application);
            return RedirectToPage(new { id });
        }
        var message = AtlanticMessages.Describe(problem.Value, l, application.Province);
        if (problem is DesignationProblem.WrongStep or DesignationProblem.DraftCannotBeDecided or DesignationProblem.OwnApplication)
        {
            TempData["Error"] = message;
            return RedirectToPage(new { id });
        }
        ModelState.AddModelError(problem == DesignationProblem.ExpiryNotAfterToday ? nameof(ExpiresOn) : field, message);
        db.ChangeTracker.Clear();
        await ShowAsync(id, ct);
        return Page();
    }

    private async Task<bool> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await DesignationView.LoadAsync(db, id, ct) is not { } view) return false;
        View = view;
        var organization = view.Application.OrganizationId;
        var history = db.AuditEntries.AsNoTracking().Where(e => e.OrganizationId == organization);
        OrganizationHistoryCount = await history.CountAsync(ct);
        OrganizationHistory = await history.OrderByDescending(e => e.Id).Take(20)
            .Select(e => new AuditRow(e.Id, e.OccurredAtUtc, e.ActorName, e.EntityType, e.EntityId, e.Action, e.Changes))
            .ToListAsync(ct);
        return true;
    }
}
