using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Atlantic.Designations;

/// <summary>One application as its organization sees it: status, the administrator's request or decision, documents, history.</summary>
public sealed class DetailsModel(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public DesignationView View { get; private set; } = null!;
    public bool IsOwner => User.IsInRole(PortalRoles.EmployerOwner);
    [BindProperty] public bool ConfirmWithdrawal { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await DesignationView.LoadAsync(db, id, ct) is not { } view) return NotFound();
        View = view;
        return Page();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, CancellationToken ct)
    {
        var application = await db.DesignationApplications.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (application is null) return NotFound();
        if (!IsOwner) return Forbid();
        if (!ConfirmWithdrawal)
        {
            ModelState.AddModelError(nameof(ConfirmWithdrawal), l["Tick the box to confirm the withdrawal."]);
            View = (await DesignationView.LoadAsync(db, id, ct))!;
            return Page();
        }
        if (application.Withdraw(Guid.Parse(users.GetUserId(User)!), clock.GetUtcNow().UtcDateTime) is { } problem)
            TempData["Error"] = AtlanticMessages.Describe(problem, l, application.Province);
        else
        {
            await db.SaveChangesAsync(ct);
            TempData["Status"] = l["The application is withdrawn."].Value;
        }
        return RedirectToPage(new { id });
    }
}
