using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Features.Reminders;

/// <summary>
/// The one-click link in every reminder email to change that reminder's setting without signing in, and the one that
/// stops a person's daily digest. The token names one person and one reminder type (or the digest) and carries its own
/// expiry, sealed with the portal's data-protection keys: a changed character or an expired token changes nothing.
/// The same link is the email's List-Unsubscribe target (RFC 2369, RFC 8058).
/// </summary>
public sealed class ReminderLinks(IDataProtectionProvider protection, IOptions<PortalOptions> portal, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    /// <summary>Stands for "the daily digest" in a token, where a reminder type would be (no type is numbered 0).</summary>
    private const int Digest = 0;

    private readonly IDataProtector _protector = protection.CreateProtector("Portal.Reminders.Preference.v1");

    public string PreferenceLink(Guid userId, ReminderType type) => Link(Token(userId, type));

    /// <summary>The link that turns off, in one go, every reminder a person gets in their daily digest.</summary>
    public string DigestLink(Guid userId) => Link(Seal(userId, Digest));

    private string Link(string token) => portal.Value.Link("/Account/ReminderLink?token=" + Uri.EscapeDataString(token));

    public string Token(Guid userId, ReminderType type) => Seal(userId, (int)type);

    private string Seal(Guid userId, int subject)
    {
        var expires = clock.GetUtcNow().UtcDateTime + Lifetime;
        return _protector.Protect($"{userId:N}|{subject.ToString(CultureInfo.InvariantCulture)}|{expires.Ticks.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>
    /// The List-Unsubscribe link of an outbox email, made as it is sent (so it lasts its full lifetime from then):
    /// reminders and digests have one, emails about the account do not. Their keys end with the recipient's user id
    /// (<see cref="ReminderSweep.KeyFor"/>, <see cref="DailyDigest"/>).
    /// </summary>
    public string? UnsubscribeLink(string emailType, string idempotencyKey)
    {
        if (!Guid.TryParseExact(idempotencyKey[(idempotencyKey.LastIndexOf(':') + 1)..], "N", out var userId)) return null;
        if (emailType == nameof(DailyDigestEmail)) return DigestLink(userId);
        return ReminderEmail.TypeOf(emailType) is { } type ? PreferenceLink(userId, type) : null;
    }

    /// <summary>
    /// The person and reminder type the token names (type null: the daily digest), or null when it was altered, is not
    /// ours, or has expired.
    /// </summary>
    public (Guid UserId, ReminderType? Type)? Read(string? token)
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
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var subject)
            || (subject != Digest && !Enum.IsDefined((ReminderType)subject))
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < clock.GetUtcNow().UtcDateTime.Ticks)
            return null;
        return (userId, subject == Digest ? null : (ReminderType)subject);
    }
}
