using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Pages.Account;

public sealed class LoginModel(PortalSignInManager signIn, UserManager<PortalUser> users, IStringLocalizer<SharedResource> l) : PageModel
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
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(string.Empty, l["Too many failed attempts: this account is locked for 15 minutes. Try again later, or reset your password."]);
            return Page();
        }
        if (result.IsNotAllowed && await users.FindByEmailAsync(Input.Email.Trim()) is { } user
            && await users.CheckPasswordAsync(user, Input.Password))
        {
            // Only someone who knows the password learns why the account cannot sign in.
            ModelState.AddModelError(string.Empty, !user.EmailConfirmed
                ? l["Confirm your email address first: open the link we sent you, or ask for a new one below."]
                : l["Your access to this organization has been deactivated. Ask one of its owners if this is a mistake."]);
            return Page();
        }
        ModelState.AddModelError(string.Empty, l["The email address or password is not correct."]);
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
