using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Web.Identity;
using Portal.Web.Localization;
using Portal.Web.Security;

namespace Portal.Web.Features.Account;

/// <summary>
/// Sign-in with the email address and password. Every failure gets the same answer, whatever the reason (wrong
/// password, unknown address, email not confirmed, deactivated, locked): any difference would tell a guesser that an
/// account exists, or that the password was right (OWASP Authentication Cheat Sheet, "Authentication and error
/// messages"). A person who never confirmed their address finds the link for a new email under the form.
/// </summary>
[RateLimited(LimitedAction.SignIn, AccountField = "Input.Email")]
public sealed class LoginModel(PortalSignInManager signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    /// <summary>Where to go after signing in; only a path on this site is honoured.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(SafeReturnUrl(Url, ReturnUrl));
        if (result.RequiresTwoFactor)
            return RedirectToPage("LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        ModelState.AddModelError(string.Empty, l["The email address or password is not correct, or this account cannot sign in yet."]);
        return Page();
    }

    internal static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}

public sealed class LoginInput
{
    [Required(ErrorMessage = "Enter your work email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [Display(Name = "Work email")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }
}
