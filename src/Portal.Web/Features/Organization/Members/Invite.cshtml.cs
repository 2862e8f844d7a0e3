using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Email.Messages;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Organizations.Members;

public sealed class InviteModel(
    PortalDbContext db, UserManager<PortalUser> users, PortalEmails emails, IOptions<PortalOptions> portal,
    TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public InviteInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var email = Input.Email.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        if (await users.FindByEmailAsync(email) is not null)
            ModelState.AddModelError("Input.Email", l["This person already has an account. A person belongs to one organization only."]);
        else if ((await db.Invitations.Where(i => i.Email == email && i.AcceptedAtUtc == null && i.RevokedAtUtc == null).ToListAsync(ct))
                 .Any(i => i.StateAt(now) == InvitationState.Pending))
            ModelState.AddModelError("Input.Email", l["This address already has an invitation waiting. Withdraw it first to send a new one."]);
        if (!ModelState.IsValid) return Page();

        var me = await users.GetUserAsync(User);
        var organization = await db.Organizations.AsNoTracking().SingleAsync(ct);
        var (invitation, token) = Invitation.Create(organization.Id, email, Input.Role!.Value, me!.Id, now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);

        var link = portal.Value.Link($"/Account/AcceptInvitation?id={invitation.Id}&token={token}");
        // One email per invitation: a second press finds it queued under its key. One the mail server did not take at
        // once waits in the outbox, which keeps trying.
        if (await emails.SendAsync(email, me.PreferredCulture,
                new InvitationMessage(organization.DisplayName, me.FullName, MemberRoles.Name(invitation.Role, l), link, invitation.ExpiresAtUtc),
                $"{nameof(InvitationMessage)}:{invitation.Id:N}", ct))
            TempData["Status"] = l["Invitation sent to {0}.", email].Value;
        else
            TempData["Status"] = l["The invitation to {0} is saved. The mail server did not take the email just now: it is queued and will be sent automatically.", email].Value;
        return RedirectToPage("Index");
    }
}

public sealed class InviteInput
{
    [Required(ErrorMessage = "Enter the person's work email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Work email")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a role.")]
    [Display(Name = "Role")]
    public MemberRole? Role { get; set; } = MemberRole.HrStaff;
}
