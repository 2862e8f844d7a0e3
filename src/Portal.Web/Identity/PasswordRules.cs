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

    public static bool IsCommon(string password) => Common.Value.Contains(password.ToLowerInvariant());

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
