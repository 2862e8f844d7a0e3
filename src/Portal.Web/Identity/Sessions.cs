using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Security;

namespace Portal.Web.Identity;

/// <summary>
/// When a signed-in session ends, besides the cookie's 8-hour sliding expiry:
/// <list type="bullet">
/// <item>at once, everywhere, when the person's security stamp changes: signing out, a new password, two-factor
/// turned on, off or moved to another app, a deactivation (OWASP ASVS 4.0, 3.3.1 and 3.3.3);</item>
/// <item>at the absolute lifetime after signing in, however active (Security:AbsoluteSessionHours; ASVS 3.3.2).</item>
/// </list>
/// Why a stamp check and not a server-side session store: the cookie already carries the stamp, so "is this session
/// still good" is one primary-key read of one column per request, with no write, while a ticket
/// store would read and rewrite a serialized ticket row on every sliding renewal. The offer list must serve some
/// 2,000 requests a second; this adds a single indexed lookup to each. The heavier check (membership still active,
/// roles and organization claims refreshed) stays Identity's security-stamp validator, once a minute per session.
/// </summary>
public static class Sessions
{
    /// <summary>The sign-in time, kept in the cookie's properties across renewals and refreshes.</summary>
    public const string SignedInAtKey = "portal.signed-in-at";

    /// <summary>A new session starts its absolute lifetime; a refreshed one (same properties) keeps its start.</summary>
    public static Task OnSigningInAsync(CookieSigningInContext context)
    {
        if (!context.Properties.Items.ContainsKey(SignedInAtKey))
        {
            var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
            context.Properties.Items[SignedInAtKey] = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        }
        return Task.CompletedTask;
    }

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var lifetime = TimeSpan.FromHours(services.GetRequiredService<IOptions<SecurityOptions>>().Value.AbsoluteSessionHours);
        if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var started)
            || !DateTimeOffset.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
            || now - signedInAt >= lifetime)
        {
            await EndAsync(context);
            return;
        }

        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (!Guid.TryParse(context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            || context.Principal?.FindFirstValue(stampClaim) is not { } stamp
            || await services.GetRequiredService<PortalDbContext>().Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync() != stamp)
        {
            await EndAsync(context);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static async Task EndAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
