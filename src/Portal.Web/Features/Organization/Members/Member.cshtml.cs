using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Organizations.Members;

/// <summary>An owner manages one member: ownership, deactivation. Another organization's member answers 404.</summary>
public sealed class MemberModel(
    PortalDbContext db, UserManager<PortalUser> users, PortalSignInManager signIn, TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public Membership Membership { get; private set; } = null!;
    public string FullName { get; private set; } = string.Empty;
    public string Email { get; private set; } = string.Empty;
    public bool IsMe { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeactivateAsync(Guid id, bool confirm, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!confirm)
        {
            TempData["Error"] = l["Tick the box to confirm the deactivation."].Value;
            return RedirectToPage(new { id });
        }
        var me = MyUserId();
        var result = Membership.Deactivate(me, await OtherActiveOwnersAsync(Membership.Id, ct), clock.GetUtcNow().UtcDateTime);
        if (result != MembershipChange.Done) return Refused(result);
        // A new security stamp ends the person's open sessions at their next check (within a minute).
        var user = await users.FindByIdAsync(Membership.UserId.ToString());
        await users.UpdateSecurityStampAsync(user!); // saves the membership change in the same SaveChanges
        TempData["Status"] = l["{0} is deactivated.", FullName].Value;
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostReactivateAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = Membership.Reactivate();
        if (result != MembershipChange.Done) return Refused(result);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["{0} is active again.", FullName].Value;
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostMakeOwnerAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = Membership.MakeOwner();
        if (result != MembershipChange.Done) return Refused(result);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["{0} is now an owner.", FullName].Value;
        return RedirectToPage("Index");
    }

    /// <summary>Hands ownership over: the other person becomes an owner and I become HR staff, together.</summary>
    public async Task<IActionResult> OnPostHandOverAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (IsMe) return Refused(MembershipChange.CannotChangeSelf);
        var mine = await db.Memberships.SingleAsync(m => m.UserId == MyUserId(), ct);
        var result = Membership.MakeOwner();
        if (result != MembershipChange.Done) return Refused(result);
        result = mine.StepDownToHrStaff(otherActiveOwners: 1);
        if (result != MembershipChange.Done) return Refused(result);
        await db.SaveChangesAsync(ct);
        await signIn.RefreshSignInAsync((await users.GetUserAsync(User))!);
        TempData["Status"] = l["{0} is now an owner, and you are HR staff.", FullName].Value;
        return Redirect("/Organization/Members");
    }

    public async Task<IActionResult> OnPostStepDownAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!IsMe) return Refused(MembershipChange.NotOwner);
        var result = Membership.StepDownToHrStaff(await OtherActiveOwnersAsync(Membership.Id, ct));
        if (result != MembershipChange.Done) return Refused(result);
        await db.SaveChangesAsync(ct);
        await signIn.RefreshSignInAsync((await users.GetUserAsync(User))!);
        TempData["Status"] = l["You are now HR staff."].Value;
        return Redirect("/Organization/Members");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        // The organization filter makes another organization's membership simply not found.
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (membership is null) return false;
        var person = await db.Users.AsNoTracking().Where(u => u.Id == membership.UserId)
            .Select(u => new { u.FullName, u.Email }).SingleAsync(ct);
        Membership = membership;
        FullName = person.FullName;
        Email = person.Email ?? string.Empty;
        IsMe = membership.UserId == MyUserId();
        return true;
    }

    private Guid MyUserId() => Guid.Parse(users.GetUserId(User)!);

    private Task<int> OtherActiveOwnersAsync(Guid membershipId, CancellationToken ct) =>
        db.Memberships.CountAsync(m => m.Id != membershipId && m.IsActive && m.Role == MemberRole.EmployerOwner, ct);

    private RedirectToPageResult Refused(MembershipChange why)
    {
        TempData["Error"] = (why switch
        {
            MembershipChange.WouldLeaveNoOwner => l["The organization needs at least one active owner. Make someone else an owner first."],
            MembershipChange.CannotChangeSelf => l["You cannot do this to your own membership."],
            MembershipChange.AlreadyInactive => l["This member is already deactivated."],
            MembershipChange.AlreadyActive => l["This member is already active."],
            MembershipChange.AlreadyOwner => l["This member is already an owner."],
            _ => l["This change is not possible."],
        }).Value;
        return RedirectToPage(new { id = Membership.Id });
    }
}
