using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.Features.Account;

[RateLimited(LimitedAction.ResendConfirmation, AccountField = "Email")]
public sealed class ResendConfirmationModel(UserManager<PortalUser> users, PortalEmails emails, IOptions<PortalOptions> portal) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your work email address."), EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = string.Empty;

    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        // The same answer whether or not the account exists, so the page tells nobody who is registered.
        if (await users.FindByEmailAsync(Email) is { EmailConfirmed: false } user)
            await RegisterModel.SendConfirmationAsync(users, emails, portal.Value, user, ct);
        Sent = true;
        return Page();
    }
}
