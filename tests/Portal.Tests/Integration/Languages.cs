using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

public abstract class Languages(PortalApp app)
{
    private static async Task<Page> SwitchLanguageAsync(PortalClient client, string from)
    {
        var page = await client.OpenAsync(from);
        return await client.OpenAsync(page.Document.QuerySelector("[data-testid='language-switch']")!.GetAttribute("href")!);
    }

    [Fact]
    public async Task The_header_switch_shows_the_portal_in_french_and_back()
    {
        using var client = app.NewClient();
        var french = await SwitchLanguageAsync(client, "/Account/Register");
        Assert.Equal("/Account/Register", french.Path);
        Assert.Equal("fr", french.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Inscrire votre organisation", french.Heading);
        Assert.Contains("Nom légal", french.Document.QuerySelector("label[for='Input_LegalName']")!.TextContent);

        var english = await SwitchLanguageAsync(client, "/Account/Register");
        Assert.Equal("Register your organization", english.Heading);
    }

    [Fact]
    public async Task Validation_messages_and_emails_follow_the_language()
    {
        using var client = app.NewClient();
        await SwitchLanguageAsync(client, "/");
        var email = Journeys.NewEmail("fr");
        var page = await client.SubmitRegistrationAsync(Journeys.RegistrationForm("Société Acadienne", "123456789", email));
        Assert.Contains("numéro d'entreprise", page.ErrorFor("Input.BusinessNumber"));

        await client.SubmitRegistrationAsync(Journeys.RegistrationForm("Société Acadienne", Journeys.NewBusinessNumber(), email));
        var mail = app.LastEmailTo(email);
        Assert.Equal("Confirmez votre adresse courriel", mail.Subject);
        Assert.Equal("fr", mail.Language);
        Assert.Contains("Bonjour Alex Owner,", mail.Text);
    }
}

public sealed class LanguagesOnSqlite(SqlitePortal app) : Languages(app), IClassFixture<SqlitePortal>;
public sealed class LanguagesOnPostgres(PostgresPortal app) : Languages(app), IClassFixture<PostgresPortal>;
