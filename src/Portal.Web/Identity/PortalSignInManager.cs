using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Auditing;
using Portal.Web.Data;

namespace Portal.Web.Identity;

/// <summary>
/// Identity's sign-in manager with the portal's rules:
/// <list type="bullet">
/// <item>a member whose membership was deactivated cannot sign in, and an open session of theirs ends at once;</item>
/// <item>every wrong password counts towards the lockout, whatever the account's state (unconfirmed, deactivated,
/// fine): Identity's own order checks "may this account sign in" before the password, so an unconfirmed or deactivated
/// account could be guessed at without limit, and a page that then checked the password itself told the guesser
/// when it was right;</item>
/// <item>signing out ends every session of the person (a new security stamp), not only this browser's cookie;</item>
/// <item>every sign-in, failure, lockout and sign-out is a security event in the audit trail.</item>
/// </list>
/// </summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    PortalDbContext db,
    SecurityEvents events)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // A hash of a random passphrase, checked when the account does not exist, so that an unknown address takes as long
    // to refuse as a wrong password (OWASP Authentication Cheat Sheet: response times must not tell accounts apart).
    private static readonly Lazy<string> UnknownAccountHash = new(() =>
        new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24))));

    public override async Task<bool> CanSignInAsync(PortalUser user) =>
        await base.CanSignInAsync(user) && await HasAccessAsync(user);

    public override async Task<PortalUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await HasAccessAsync(user) ? user : null;
    }

    /// <summary>Administrators have no membership; everyone else needs an active one.</summary>
    public async Task<bool> HasAccessAsync(PortalUser user)
    {
        if (await UserManager.IsInRoleAsync(user, PortalRoles.Administrator)) return true;
        return await db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .AnyAsync(m => m.UserId == user.Id && m.IsActive);
    }

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is { } user)
            return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        UserManager.PasswordHasher.VerifyHashedPassword(new PortalUser(), UnknownAccountHash.Value, password);
        await events.RecordAsync(AuditAction.SignInFailed, null, userName, reason: "UnknownAccount");
        return SignInResult.Failed;
    }

    /// <summary>The lockout, then the password, then whether the account may sign in. Failures always count (lockoutOnFailure is the portal's rule, not the caller's).</summary>
    public override async Task<SignInResult> PasswordSignInAsync(PortalUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.IsLockedOutAsync(user))
        {
            await events.RecordAsync(AuditAction.SignInFailed, user, reason: "LockedOut");
            return SignInResult.LockedOut;
        }
        if (!await UserManager.CheckPasswordAsync(user, password))
        {
            await UserManager.AccessFailedAsync(user);
            if (await UserManager.IsLockedOutAsync(user))
            {
                await events.RecordAsync(AuditAction.LockedOut, user, reason: "WrongPassword");
                return SignInResult.LockedOut;
            }
            await events.RecordAsync(AuditAction.SignInFailed, user, reason: "WrongPassword");
            return SignInResult.Failed;
        }
        if (!await CanSignInAsync(user))
        {
            await events.RecordAsync(AuditAction.SignInFailed, user, reason: user.EmailConfirmed ? "Deactivated" : "EmailNotConfirmed");
            return SignInResult.NotAllowed;
        }
        await ResetLockout(user);
        var result = await SignInOrTwoFactorAsync(user, isPersistent);
        if (result.Succeeded) await events.RecordAsync(AuditAction.SignedIn, user, method: "Password");
        return result;
    }

    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var wasLocked = user is not null && await UserManager.IsLockedOutAsync(user);
        var result = await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
        if (user is not null) await RecordSecondFactorAsync(user, result, wasLocked, "Authenticator");
        return result;
    }

    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        var wasLocked = user is not null && await UserManager.IsLockedOutAsync(user);
        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (user is not null) await RecordSecondFactorAsync(user, result, wasLocked, "RecoveryCode");
        return result;
    }

    private Task RecordSecondFactorAsync(PortalUser user, SignInResult result, bool wasLocked, string method) =>
        result.Succeeded ? events.RecordAsync(AuditAction.SignedIn, user, method: "Password+" + method)
        : result.IsLockedOut && !wasLocked ? events.RecordAsync(AuditAction.LockedOut, user, reason: "Wrong" + method, method: method)
        : events.RecordAsync(AuditAction.SignInFailed, user, reason: result.IsLockedOut ? "LockedOut" : "Wrong" + method, method: method);

    /// <summary>
    /// A device remembered after a two-factor sign-in ("remember this device") stands for the second factor, as
    /// Identity means it to: the session counts as two-factor, so a person who must use it is not sent to set it up.
    /// The remembered-device cookie is bound to the security stamp, so a new password or a sign-out forgets it.
    /// </summary>
    protected override async Task<SignInResult> SignInOrTwoFactorAsync(PortalUser user, bool isPersistent, string? loginProvider = null, bool bypassTwoFactor = false)
    {
        if (!bypassTwoFactor && loginProvider is null && await IsTwoFactorEnabledAsync(user) && await IsTwoFactorClientRememberedAsync(user))
        {
            await SignInWithClaimsAsync(user, isPersistent, [new Claim("amr", "mfa")]);
            return SignInResult.Success;
        }
        return await base.SignInOrTwoFactorAsync(user, isPersistent, loginProvider, bypassTwoFactor);
    }

    /// <summary>Ends this person's every session (the security stamp changes), then this browser's cookies.</summary>
    public override async Task SignOutAsync()
    {
        if (Context.User.Identity?.IsAuthenticated == true && await UserManager.GetUserAsync(Context.User) is { } user)
        {
            await UserManager.UpdateSecurityStampAsync(user);
            await events.RecordAsync(AuditAction.SignedOut, user);
        }
        await base.SignOutAsync();
    }

    /// <summary>
    /// For a change to two-factor sign-in: the person proves it is them again with their password or a current
    /// authenticator code, so that someone at an unlocked computer cannot take the second factor away (OWASP ASVS 4.0,
    /// 3.7.1: re-authentication before sensitive account changes). A wrong one counts towards the lockout like a wrong sign-in.
    /// </summary>
    public async Task<bool> ConfirmIdentityAsync(PortalUser user, string? passwordOrCode)
    {
        var secret = passwordOrCode?.Trim() ?? string.Empty;
        if (secret.Length == 0 || await UserManager.IsLockedOutAsync(user)) return false;
        var code = secret.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var confirmed = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await UserManager.GetTwoFactorEnabledAsync(user) && await UserManager.VerifyTwoFactorTokenAsync(user, Options.Tokens.AuthenticatorTokenProvider, code)
            : await UserManager.CheckPasswordAsync(user, passwordOrCode!);
        if (confirmed) return true;
        await UserManager.AccessFailedAsync(user);
        return false;
    }
}

/// <summary>Puts the person's organization, membership and organization role into their sign-in cookie.</summary>
public sealed class PortalClaimsFactory(
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options,
    PortalDbContext db)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        if (!identity.HasClaim(c => c.Type == ClaimTypes.Email) && user.Email is not null)
            identity.AddClaim(new Claim(ClaimTypes.Email, user.Email));
        var membership = await db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == user.Id && m.IsActive)
            .Select(m => new
            {
                m.Id, m.OrganizationId, m.Role,
                RequireTwoFactor = db.Organizations.IgnoreQueryFilters().Where(o => o.Id == m.OrganizationId).Select(o => o.RequireTwoFactor).FirstOrDefault(),
            })
            .FirstOrDefaultAsync();
        if (membership is not null)
        {
            identity.AddClaim(new Claim(PortalClaims.OrganizationId, membership.OrganizationId.ToString()));
            identity.AddClaim(new Claim(PortalClaims.MembershipId, membership.Id.ToString()));
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, membership.Role.ToString()));
            if (membership.RequireTwoFactor) identity.AddClaim(new Claim(PortalClaims.TwoFactorRequired, "true"));
        }
        return identity;
    }
}
