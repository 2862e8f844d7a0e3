using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Pages.Account.Manage;

/// <summary>Optional TOTP two-factor sign-in for members; required for administrators.</summary>
public sealed class TwoFactorModel(UserManager<PortalUser> users, PortalSignInManager signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Required { get; set; }
    [BindProperty] public string? Code { get; set; }

    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string SharedKey { get; private set; } = string.Empty;
    public string FormattedKey { get; private set; } = string.Empty;
    public string AuthenticatorUri { get; private set; } = string.Empty;
    public string[]? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), l["That code is not correct. Codes change every 30 seconds."]);
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToArray();
        // The person just proved the second factor: their session now counts as two-factor.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        TempData["Status"] = l["Two-factor sign-in is on."].Value;
        Required = false;
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostNewRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToArray();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await users.IsInRoleAsync(user, PortalRoles.Administrator)) return Forbid();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = l["Two-factor sign-in is off."].Value;
        return RedirectToPage();
    }

    private async Task LoadAsync(PortalUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        if (Enabled) return;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = key!;
        FormattedKey = string.Join(' ', Enumerable.Range(0, (SharedKey.Length + 3) / 4)
            .Select(i => SharedKey.Substring(i * 4, Math.Min(4, SharedKey.Length - i * 4)))).ToLowerInvariant();
        var issuer = UrlEncoder.Default.Encode("Employer Compliance Portal");
        AuthenticatorUri = $"otpauth://totp/{issuer}:{UrlEncoder.Default.Encode(user.Email!)}?secret={SharedKey}&issuer={issuer}&digits=6";
    }
}
