using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Web.Auditing;
using Portal.Web.Identity;
using Portal.Web.Localization;
using Portal.Web.Security;
using QRCoder;

namespace Portal.Web.Features.Account.Manage;

/// <summary>
/// TOTP two-factor sign-in (RFC 6238): optional for members, required for administrators and for the owners and HR
/// staff of an organization that requires it. Opening the page changes nothing; each change is a post. Turning it off,
/// making new recovery codes or moving it to another app needs the password or a current code.
/// </summary>
[RateLimited(LimitedAction.TwoFactor, AccountFrom = AccountSource.SignedIn)]
public sealed class TwoFactorModel(
    UserManager<PortalUser> users, IUserStore<PortalUser> store, PortalSignInManager signIn, SecurityEvents events,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public bool Required { get; set; }
    [BindProperty] public string? Code { get; set; }
    /// <summary>The password or a current authenticator code, for a change to two-factor sign-in.</summary>
    [BindProperty] public string? Confirmation { get; set; }

    public bool Enabled { get; private set; }
    /// <summary>Administrators, and members of an organization that requires it, cannot turn it off.</summary>
    public bool MustUse { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string? SharedKey { get; private set; }
    public string FormattedKey { get; private set; } = string.Empty;
    public string AuthenticatorUri { get; private set; } = string.Empty;
    /// <summary>The setup address as a QR code, a PNG in a data: URI (the CSP allows img-src data:, and no script is needed).</summary>
    public string QrCodeDataUri { get; private set; } = string.Empty;
    public string[]? RecoveryCodes { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Makes the person's authenticator key, once: until two-factor is on, the same key is shown on every visit.</summary>
    public async Task<IActionResult> OnPostBeginAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!await users.GetTwoFactorEnabledAsync(user) && string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            // Through the store rather than ResetAuthenticatorKeyAsync: a key not yet in use changes no security
            // stamp, so the person's other sessions need not end for it.
            await ((IUserAuthenticatorKeyStore<PortalUser>)store).SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), HttpContext.RequestAborted);
            await users.UpdateAsync(user);
        }
        return RedirectToPage(new { required = Required ? true : (bool?)null });
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (await users.GetTwoFactorEnabledAsync(user)) return RedirectToPage();
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), l["That code is not correct. Codes change every 30 seconds."]);
            await LoadAsync(user);
            return Page();
        }
        // A new security stamp: every other session of the person ends; this one is signed in again below.
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToArray();
        await events.RecordAsync(AuditAction.TwoFactorEnabled, user);
        // The person just proved the second factor: their session now counts as two-factor, and keeps its start time.
        await ReSignInAsync(user, twoFactor: true);
        TempData["Status"] = l["Two-factor sign-in is on."].Value;
        Required = false;
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostNewRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!await ConfirmedAsync(user)) return await RefusedAsync(user);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToArray();
        await events.RecordAsync(AuditAction.RecoveryCodesRenewed, user);
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Moves two-factor sign-in to another app: the old key stops working, and a new one is set up as the first was.</summary>
    public async Task<IActionResult> OnPostResetAuthenticatorAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!await ConfirmedAsync(user)) return await RefusedAsync(user);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await events.RecordAsync(AuditAction.AuthenticatorReset, user);
        // No longer two-factor: someone who must use it is held on this page until the new app is set up.
        await ReSignInAsync(user, twoFactor: false);
        TempData["Status"] = l["Your old authenticator app no longer works. Set up the new one below."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (RequiredTwoFactor.Applies(User)) return Forbid();
        if (!await ConfirmedAsync(user)) return await RefusedAsync(user);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await events.RecordAsync(AuditAction.TwoFactorDisabled, user);
        await ReSignInAsync(user, twoFactor: false);
        TempData["Status"] = l["Two-factor sign-in is off."].Value;
        return RedirectToPage();
    }

    private async Task<bool> ConfirmedAsync(PortalUser user)
    {
        if (string.IsNullOrWhiteSpace(Confirmation))
        {
            ModelState.AddModelError(nameof(Confirmation), l["Enter your password or a code from your authenticator app."]);
            return false;
        }
        if (await signIn.ConfirmIdentityAsync(user, Confirmation)) return true;
        ModelState.AddModelError(nameof(Confirmation), l["That password or code is not correct."]);
        return false;
    }

    private async Task<IActionResult> RefusedAsync(PortalUser user)
    {
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Signs this browser in again after a new security stamp, keeping the session's start (its absolute lifetime).</summary>
    private async Task ReSignInAsync(PortalUser user, bool twoFactor)
    {
        var current = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await signIn.SignInWithClaimsAsync(user, current.Properties ?? new AuthenticationProperties(),
            twoFactor ? [new Claim("amr", "mfa")] : [new Claim("amr", "pwd")]);
    }

    private async Task LoadAsync(PortalUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        MustUse = RequiredTwoFactor.Applies(User);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        if (Enabled) return;
        if (await users.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key) return;
        SharedKey = key;
        FormattedKey = string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4)
            .Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4)))).ToLowerInvariant();
        var issuer = UrlEncoder.Default.Encode("Employer Compliance Portal");
        AuthenticatorUri = $"otpauth://totp/{issuer}:{UrlEncoder.Default.Encode(user.Email!)}?secret={key}&issuer={issuer}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
