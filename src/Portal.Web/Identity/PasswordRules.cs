using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Identity;

/// <summary>
/// OWASP ASVS 4.0 level 2, section 2.1: at least 12 characters, up to 128 so passphrases fit, no
/// composition rules, and no password that is known to be common (2.1.7).
/// </summary>
public sealed class PasswordRules(IStringLocalizer<SharedResource> l) : IPasswordValidator<PortalUser>
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') set.Add(line);
        return set;
    });

    /// <summary>
    /// The base words people pad to a length rule ("Password123!", "P@ssw0rd1234", "Admin1234567", "Changeme1234"):
    /// the most common passwords and words of breach lists (NCSC "100,000 most common", SecLists top lists) that still
    /// appear once the digits and symbols around them are taken off.
    /// </summary>
    private static readonly HashSet<string> CommonBases = new(StringComparer.Ordinal)
    {
        "password", "passw0rd", "passwort", "motdepasse", "admin", "administrator", "administrateur", "root", "changeme",
        "welcome", "bienvenue", "letmein", "qwerty", "azerty", "qwertz", "asdf", "asdfgh", "zxcvbn", "iloveyou", "monkey",
        "dragon", "master", "login", "abc", "abcd", "abcdef", "secret", "trustno", "football", "baseball", "hockey", "soccer",
        "sunshine", "princess", "shadow", "superman", "batman", "starwars", "pokemon", "whatever", "freedom", "hello",
        "access", "default", "guest", "user", "test", "temp", "temporary", "summer", "winter", "spring", "autumn", "fall",
        "january", "canada", "toronto", "montreal", "company", "portal", "employer", "immigration", "compliance", "michael",
        "jennifer", "jordan", "ashley", "charlie", "mustang", "qazwsx", "qwertyuiop", "pass", "mypassword",
    };

    public static bool IsCommon(string password) =>
        Common.Value.Contains(password.ToLowerInvariant()) || IsPaddedCommon(password);

    /// <summary>
    /// A common password padded to the length rule. The password is normalised the way people disguise one: lower
    /// case, the usual leetspeak undone (@ for a, 0 for o, 1 and ! for i, 3 for e, $ and 5 for s, 7 for t, 4 for a),
    /// then the digits, symbols and spaces around it taken off. If what is left is a common base word or a common
    /// password, or one of them repeated ("adminadmin"), the password adds nothing to it: refused. A passphrase keeps
    /// its words and spaces inside, so "welcome to the harbour 2024" leaves "welcome to the harbour" and passes.
    /// </summary>
    internal static bool IsPaddedCommon(string password)
    {
        // Digits and symbols only: nothing to unpad (the common list already has the number sequences).
        var core = password.ToLowerInvariant().Trim(PaddingCharacters);
        if (core.Length == 0) return false;
        var letters = new string(core.Select(Unleet).ToArray()).Trim(PaddingCharacters);
        foreach (var candidate in new[] { core, letters })
        {
            if (candidate.Length > 0 && IsCommonWord(candidate)) return true;
            // One word repeated, padded or not: "passwordpassword", "admin-admin".
            for (var unit = 3; unit <= candidate.Length / 2; unit++)
            {
                if (candidate.Length % unit != 0) continue;
                var piece = candidate[..unit];
                if (string.Concat(Enumerable.Repeat(piece, candidate.Length / unit)) == candidate && IsCommonWord(piece.Trim(PaddingCharacters))) return true;
            }
        }
        return false;
    }

    private static bool IsCommonWord(string word) => CommonBases.Contains(word) || Common.Value.Contains(word);

    private static readonly char[] PaddingCharacters = "0123456789!@#$%^&*()-_=+[]{};:'\",.<>/?`~|\\ ".ToCharArray();

    private static char Unleet(char c) => c switch
    {
        '@' or '4' => 'a',
        '0' => 'o',
        '1' or '!' or '|' => 'i',
        '3' => 'e',
        '$' or '5' => 's',
        '7' or '+' => 't',
        '8' => 'b',
        '9' => 'g',
        _ => c,
    };

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        password ??= string.Empty;
        var errors = new List<IdentityError>();
        if (password.Length > MaximumLength)
            errors.Add(new IdentityError { Code = "PasswordTooLong", Description = l["Use at most {0} characters.", MaximumLength] });
        if (password.Distinct().Count() < 4)
            errors.Add(new IdentityError { Code = "PasswordTooRepetitive", Description = l["This password repeats too few characters to be safe. A few unrelated words make a good passphrase."] });
        else if (IsCommon(password) || (user.Email is { Length: > 0 } email && password.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase) && email.Split('@')[0].Length >= 4))
            errors.Add(new IdentityError { Code = "PasswordCommon", Description = l["This password is too common or too easy to guess. Choose another one."] });
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }
}
