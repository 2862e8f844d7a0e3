using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Identity;

/// <summary>
/// Identity's authenticator-app codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), each accepted once. Identity's
/// own provider accepts the same code again for as long as it is valid, so a code seen over a shoulder or relayed by a
/// phishing page still works; RFC 6238 section 5.2 says the verifier must not accept the second attempt of an OTP (so
/// does OWASP ASVS 4.0, 2.8.4). The
/// last accepted time step is kept per person and claimed with one conditional update, so two requests racing with the
/// same code cannot both win. Codes are read on the portal's clock, one step either side for a phone's clock drift
/// (RFC 6238 section 5.2 recommends at most one step of network delay; Identity allows two).
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(PortalDbContext db, TimeProvider clock) : AuthenticatorTokenProvider<PortalUser>
{
    private const int StepSeconds = 30;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<PortalUser> manager, PortalUser user)
    {
        if (token.Length != 6 || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code)) return false;
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || Base32.Decode(key) is not { Length: > 0 } secret) return false;

        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        long? matched = null;
        for (var step = now - 1; step <= now + 1; step++)
            if (CodeAt(secret, step) == code) matched = step;
        if (matched is not { } accepted) return false;

        var claimed = await db.Users
            .Where(u => u.Id == user.Id && (u.LastAuthenticatorTimeStep == null || u.LastAuthenticatorTimeStep < accepted))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorTimeStep, accepted));
        if (claimed == 0) return false;
        // The tracked copy learns the new value as already saved, so a later save neither writes nor audits it again.
        var entry = db.Entry(user);
        if (entry.State != EntityState.Detached)
        {
            var property = entry.Property(u => u.LastAuthenticatorTimeStep);
            property.CurrentValue = accepted;
            property.OriginalValue = accepted;
        }
        else
        {
            user.LastAuthenticatorTimeStep = accepted;
        }
        return true;
    }

    /// <summary>RFC 4226 section 5.3 (HOTP) on the RFC 6238 time step.</summary>
    internal static int CodeAt(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; it is the algorithm the codes are made with.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return binary % 1_000_000;
    }

    /// <summary>RFC 4648 base32, as authenticator keys are written (padding and spaces ignored).</summary>
    internal static class Base32
    {
        private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        public static byte[]? Decode(string text)
        {
            var bytes = new List<byte>(text.Length * 5 / 8);
            int buffer = 0, bits = 0;
            foreach (var c in text)
            {
                if (c is '=' or ' ') continue;
                var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
                if (value < 0) return null;
                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8)
                {
                    bytes.Add((byte)(buffer >> (bits - 8)));
                    bits -= 8;
                }
            }
            return [.. bytes];
        }
    }
}
