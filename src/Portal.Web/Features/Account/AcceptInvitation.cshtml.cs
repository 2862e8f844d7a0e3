using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Organizations;
using Portal.Web.Identity;
using Portal.Web.Localization;
using Portal.Web.Security;

namespace Portal.Web.Features.Account;

/// <summary>An invited person creates their account from the emailed link. The link works once, for 7 days.</summary>
[RateLimited(LimitedAction.AcceptInvitation, AccountField = "Id")]
public sealed class AcceptInvitationModel(
    PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public AcceptInvitationInput Input { get; set; } = new();

    public string? Problem { get; private set; }
    public string OrganizationName { get; private set; } = string.Empty;
    public string RoleName { get; private set; } = string.Empty;
    public string Email { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var invitation = await LoadAsync(ct);
        if (invitation is null || !ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new PortalUser
        {
            UserName = invitation.Email, Email = invitation.Email, FullName = Input.FullName.Trim(),
            // Following the emailed link proves the address.
            EmailConfirmed = true,
            PreferredCulture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            CreatedAtUtc = now,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            foreach (var e in created.Errors)
                ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, e.Description);
            return Page();
        }
        if (invitation.Accept(user.Id, now) != InvitationState.Accepted)
        {
            Problem = l["This invitation can no longer be used. Ask the owner who invited you for a new one."];
            return Page();
        }
        db.Memberships.Add(Membership.Create(invitation.OrganizationId, user.Id, invitation.Role, now));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        TempData["Status"] = l["Welcome to {0}. Sign in with your email address and the password you chose.", OrganizationName].Value;
        return RedirectToPage("Login");
    }

    private async Task<Invitation?> LoadAsync(CancellationToken ct)
    {
        // The visitor is anonymous: the token, not a session, says which organization this is.
        var invitation = await db.Invitations.IgnoreQueryFilters().FirstOrDefaultAsync(i => i.Id == Id, ct);
        if (invitation is null || !invitation.Matches(Token))
        {
            Problem = l["This invitation link is not valid. Check that you copied the whole link."];
            return null;
        }
        switch (invitation.StateAt(clock.GetUtcNow().UtcDateTime))
        {
            case InvitationState.Accepted:
                Problem = l["This invitation was already used. Sign in with the account it created."];
                return null;
            case InvitationState.Expired:
                Problem = l["This invitation has expired: invitations work for 7 days. Ask the owner who invited you for a new one."];
                return null;
            case InvitationState.Revoked:
                Problem = l["This invitation was withdrawn. Ask the owner who invited you for a new one."];
                return null;
        }
        if (await users.FindByEmailAsync(invitation.Email) is not null)
        {
            Problem = l["An account with this email address already exists, and a person belongs to one organization only. Ask the owner to invite another address."];
            return null;
        }
        OrganizationName = await db.Organizations.IgnoreQueryFilters().Where(o => o.Id == invitation.OrganizationId)
            .Select(o => o.OperatingName ?? o.LegalName).FirstAsync(ct);
        RoleName = MemberRoles.Name(invitation.Role, l);
        Email = invitation.Email;
        return invitation;
    }
}

public sealed class AcceptInvitationInput
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(200, ErrorMessage = "Use at most {1} characters.")]
    [Display(Name = "Your name")]
    public string FullName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "Type the password again.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    [Display(Name = "Confirm password")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
