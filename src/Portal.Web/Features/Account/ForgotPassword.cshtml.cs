using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Email.Messages;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.Features.Account;

[RateLimited(LimitedAction.ForgotPassword, AccountField = "Email")]
public sealed class ForgotPasswordModel(UserManager<PortalUser> users, PortalEmails emails, IOptions<PortalOptions> portal) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your work email address."), EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = string.Empty;

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        // The same answer whether or not the account exists.
        if (await users.FindByEmailAsync(Email.Trim()) is { EmailConfirmed: true } user)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = portal.Value.Link($"/Account/ResetPassword?userId={user.Id}&code={AccountLinks.Encode(token)}");
            await emails.SendAsync(user.Email!, user.PreferredCulture, new ResetPasswordMessage(user.FullName, link), ct);
        }
        Sent = true;
        return Page();
    }
}
