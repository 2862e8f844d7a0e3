using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Reminders;

/// <summary>
/// The one-click link in every reminder email to change that reminder's setting without signing in. The token names
/// one person and one reminder type and carries its own expiry, sealed with the portal's data-protection keys: a
/// changed character or an expired token changes nothing.
/// </summary>
public sealed class ReminderLinks(IDataProtectionProvider protection, IOptions<PortalOptions> portal, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    private readonly IDataProtector _protector = protection.CreateProtector("Portal.Reminders.Preference.v1");

    public string PreferenceLink(Guid userId, ReminderType type) =>
        portal.Value.Link("/Account/ReminderLink?token=" + Uri.EscapeDataString(Token(userId, type)));

    public string Token(Guid userId, ReminderType type)
    {
        var expires = clock.GetUtcNow().UtcDateTime + Lifetime;
        return _protector.Protect($"{userId:N}|{(int)type}|{expires.Ticks.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>The person and reminder type the token names, or null when it was altered, is not ours, or has expired.</summary>
    public (Guid UserId, ReminderType Type)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000) return null;
        string plain;
        try
        {
            plain = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        var parts = plain.Split('|');
        if (parts.Length != 3
            || !Guid.TryParseExact(parts[0], "N", out var userId)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var type) || !Enum.IsDefined((ReminderType)type)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < clock.GetUtcNow().UtcDateTime.Ticks)
            return null;
        return (userId, (ReminderType)type);
    }
}
