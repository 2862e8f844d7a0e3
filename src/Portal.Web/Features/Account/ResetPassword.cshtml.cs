using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Web.Auditing;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Account;

/// <summary>Choosing a new password from an emailed link, and an administrator's first password (setup=true).</summary>
public sealed class ResetPasswordModel(UserManager<PortalUser> users, SecurityEvents events, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public bool Setup { get; set; }

    [BindProperty, Required(ErrorMessage = "Choose a password."), DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty, Required(ErrorMessage = "Type the password again."), DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    public string ConfirmPassword { get; set; } = string.Empty;

    public IActionResult OnGet() => UserId is null || Code is null ? RedirectToPage("ForgotPassword") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        if (user is null || Code is null || !AccountLinks.TryDecode(Code, out var token))
        {
            ModelState.AddModelError(string.Empty, l["This link is invalid or has expired. Ask for a new one."]);
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, token, Password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : string.Empty, e.Description);
            return Page();
        }
        // A successful reset also lifts a lockout: the person proved they own the mailbox. The new security stamp that
        // ResetPasswordAsync wrote has already ended every session opened with the old password.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await events.RecordAsync(AuditAction.PasswordChanged, user, method: Setup ? "FirstPassword" : "ResetLink");
        TempData["Status"] = l["Your password is saved. Sign in with it now."].Value;
        return RedirectToPage("Login");
    }
}
