using Microsoft.Extensions.Localization;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Tests.Rules;

public sealed class PasswordPolicy
{
    private sealed class EnglishText : IStringLocalizer<SharedResource>
    {
        public LocalizedString this[string name] => new(name, name);
        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private static async Task<string[]> ProblemsWith(string password, string email = "pat@example.test")
    {
        var result = await new PasswordRules(new EnglishText()).ValidateAsync(null!, new PortalUser { Email = email }, password);
        return result.Errors.Select(e => e.Code).ToArray();
    }

    [Theory]
    [InlineData("maple granite harbour lantern")]
    [InlineData("Tr0ub4dor&3xyz")]
    [InlineData("a long passphrase that goes on well past sixty four characters for sure, really!")]
    public async Task Long_uncommon_passwords_and_passphrases_are_accepted(string password) =>
        Assert.Empty(await ProblemsWith(password));

    [Theory]
    [InlineData("123456789012")]
    [InlineData("qwertyuiopasdfgh")]
    [InlineData("PASSWORD1234")]
    public async Task Common_passwords_are_refused(string password) =>
        Assert.Contains("PasswordCommon", await ProblemsWith(password));

    [Theory]
    [InlineData("Password123!")]
    [InlineData("P@ssw0rd1234")]
    [InlineData("Admin1234567")]
    [InlineData("Changeme1234")]
    [InlineData("Welcome2024!!")]
    [InlineData("!!Qwerty123456")]
    [InlineData("L3tM31n!2345")]
    [InlineData("passwordpassword")]
    [InlineData("Dragon-2024-!")]
    public async Task A_common_password_padded_to_twelve_characters_is_refused(string password) =>
        Assert.Contains("PasswordCommon", await ProblemsWith(password));

    [Theory]
    [InlineData("correct horse battery staple")]
    [InlineData("Password manager says: 7 rivers")]
    [InlineData("welcome to the harbour 2024")]
    [InlineData("Admiral Nelson's 1805 log")]
    [InlineData("xK9#mQ2$vL7!")]
    public async Task Ordinary_passphrases_and_random_passwords_are_not_mistaken_for_padded_ones(string password) =>
        Assert.Empty(await ProblemsWith(password));

    [Fact]
    public async Task A_password_made_of_the_email_name_is_refused() =>
        Assert.Contains("PasswordCommon", await ProblemsWith("patricia-2026!", "patricia@example.test"));

    [Fact]
    public async Task One_repeated_character_is_refused() =>
        Assert.Contains("PasswordTooRepetitive", await ProblemsWith("aaaaaaaaaaaaaaaa"));

    [Fact]
    public async Task More_than_128_characters_is_refused() =>
        Assert.Contains("PasswordTooLong", await ProblemsWith(string.Concat(Enumerable.Repeat("river stone ", 11))));
}
