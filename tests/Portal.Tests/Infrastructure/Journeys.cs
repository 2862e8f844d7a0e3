using System.Net;
using Portal.Web.Features.Organizations;

namespace Portal.Tests.Infrastructure;

public sealed record Person(string Email, string Password, string FullName);

public sealed record Registration(string LegalName, string BusinessNumber, Person Owner);

/// <summary>What people do in the portal, named after their intent, for the tests to build on.</summary>
public static class Journeys
{
    public const string Password = "maple granite harbour lantern";

    /// <summary>A valid CRA business number nobody else in the test run has: 8 random digits and the Luhn check digit.</summary>
    public static string NewBusinessNumber()
    {
        var body = Random.Shared.Next(10_000_000, 99_999_999).ToString();
        for (var check = 0; check <= 9; check++)
            if (BusinessNumber.IsValid(body + check)) return body + check;
        throw new InvalidOperationException("unreachable");
    }

    public static string NewEmail(string who = "person") => $"{who}.{Guid.NewGuid():N}@example.test";

    public static Dictionary<string, string> RegistrationForm(string legalName, string businessNumber, string email, string password = Password) => new()
    {
        ["Input.LegalName"] = legalName,
        ["Input.OperatingName"] = "",
        ["Input.BusinessNumber"] = businessNumber,
        ["Input.AddressLine1"] = "100 Water Street",
        ["Input.City"] = "Halifax",
        ["Input.Province"] = "NS",
        ["Input.PostalCode"] = "B3H 1A1",
        ["Input.Phone"] = "902-555-0100",
        ["Input.PrimaryContactName"] = "Alex Owner",
        ["Input.PrimaryContactEmail"] = email,
        ["Input.FullName"] = "Alex Owner",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = password,
    };

    /// <summary>Registers a new organization through the form; returns the page the portal answered with.</summary>
    public static async Task<Page> SubmitRegistrationAsync(this PortalClient client, Dictionary<string, string> form)
    {
        var page = await client.OpenAsync("/Account/Register");
        return await client.SubmitAndFollowAsync(page, "main form", form);
    }

    /// <summary>Registers an organization and confirms the owner's email from the mail folder.</summary>
    public static async Task<Registration> RegisterOrganizationAsync(this PortalApp app, string? legalName = null)
    {
        legalName ??= "Harbour Tech " + Guid.NewGuid().ToString("N")[..6];
        var email = NewEmail("owner");
        var bn = NewBusinessNumber();
        using var client = app.NewClient();
        var landed = await client.SubmitRegistrationAsync(RegistrationForm(legalName, bn, email));
        Assert.Equal("/Account/RegisterConfirmation", landed.Path);
        await app.ConfirmEmailAsync(client, email);
        return new Registration(legalName, bn, new Person(email, Password, "Alex Owner"));
    }

    /// <summary>Follows the confirmation link of the last email to this address.</summary>
    public static async Task<Page> ConfirmEmailAsync(this PortalApp app, PortalClient client, string email)
    {
        var link = app.LastEmailTo(email).LinkTo("/Account/ConfirmEmail");
        var page = await client.OpenAsync(new Uri(link).PathAndQuery);
        Assert.NotNull(page.TestId("email-confirmed"));
        return page;
    }

    /// <summary>Signs in through the form; returns the page the portal lands on.</summary>
    public static async Task<Page> SignInAsync(this PortalClient client, string email, string password, string? returnUrl = null)
    {
        var login = await client.OpenAsync("/Account/Login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)));
        return await client.SubmitAndFollowAsync(login, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    public static async Task<PortalClient> SignedInClientAsync(this PortalApp app, Person person)
    {
        var client = app.NewClient();
        var landed = await client.SignInAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.OK, landed.Status);
        Assert.NotEqual("/Account/Login", landed.Path);
        return client;
    }

    /// <summary>An owner invites someone; returns the invitation link from the email.</summary>
    public static async Task<string> InviteAsync(this PortalApp app, PortalClient owner, string email, MemberRole role = MemberRole.HrStaff)
    {
        var form = await owner.OpenAsync("/Organization/Members/Invite");
        var done = await owner.SubmitAndFollowAsync(form, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Role"] = role.ToString(),
        });
        Assert.Equal("/Organization/Members", done.Path);
        return new Uri(app.LastEmailTo(email).LinkTo("/Account/AcceptInvitation")).PathAndQuery;
    }

    /// <summary>The invited person follows the link and chooses a name and password.</summary>
    public static async Task<Page> AcceptInvitationAsync(this PortalClient client, string link, string fullName = "Sam Staff", string password = Password)
    {
        var page = await client.OpenAsync(link);
        if (page.Document.QuerySelector("main form") is null) return page;
        return await client.SubmitAndFollowAsync(page, "main form", new Dictionary<string, string>
        {
            ["Input.FullName"] = fullName,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
    }

    /// <summary>A registered organization with a signed-in owner and a signed-in HR staff member.</summary>
    public static async Task<(Registration Org, PortalClient Owner, Person Staff, PortalClient StaffClient)> OrganizationWithStaffAsync(this PortalApp app)
    {
        var org = await app.RegisterOrganizationAsync();
        var owner = await app.SignedInClientAsync(org.Owner);
        var staff = new Person(NewEmail("staff"), Password, "Sam Staff");
        var link = await app.InviteAsync(owner, staff.Email);
        using (var anonymous = app.NewClient())
            Assert.Equal("/Account/Login", (await anonymous.AcceptInvitationAsync(link, staff.FullName)).Path);
        return (org, owner, staff, await app.SignedInClientAsync(staff));
    }

    /// <summary>Runs the create-admin command; returns the address and the one-time set-password link.</summary>
    public static async Task<(string Email, string Link)> CreateAdministratorAsync(this PortalApp app)
    {
        var email = NewEmail("admin");
        var result = await PortalCommand.RunAsync(app, "create-admin", email);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var link = result.Output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(app.PublicBaseUrl, StringComparison.Ordinal));
        return (email, new Uri(link).PathAndQuery);
    }

    public static async Task<PortalClient> SetPasswordAsync(this PortalApp app, string link, string password)
    {
        var client = app.NewClient();
        var page = await client.OpenAsync(link);
        Assert.Equal("Set your password", page.Heading);
        var done = await client.SubmitAndFollowAsync(page, "main form", new Dictionary<string, string> { ["Password"] = password, ["ConfirmPassword"] = password });
        Assert.Equal("/Account/Login", done.Path);
        return client;
    }

    /// <summary>A new administrator, signed in with two factors.</summary>
    public static async Task<PortalClient> SignedInAdministratorAsync(this PortalApp app) => (await app.NewAdministratorAsync()).Client;

    /// <summary>A new administrator, signed in with two factors, and the address the account goes by.</summary>
    public static async Task<(string Email, PortalClient Client)> NewAdministratorAsync(this PortalApp app)
    {
        const string password = "north star compass rose";
        var (email, link) = await app.CreateAdministratorAsync();
        var admin = await app.SetPasswordAsync(link, password);
        var required = await admin.SignInAsync(email, password);
        var (setup, key) = await admin.BeginTwoFactorSetupAsync(required);
        await admin.SubmitAndFollowAsync(setup, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, app.Clock.GetUtcNow()) });
        return (email, admin);
    }

    /// <summary>On the two-factor page, asks for an authenticator key if there is none yet; returns the page showing it and the key.</summary>
    public static async Task<(Page Page, string Key)> BeginTwoFactorSetupAsync(this PortalClient client, Page twoFactorPage)
    {
        var page = twoFactorPage.Document.QuerySelector("[data-testid='authenticator-key']") is null
            ? await client.SubmitAndFollowAsync(twoFactorPage, "form:has([data-testid='begin-2fa'])")
            : twoFactorPage;
        var key = page.Document.QuerySelector("[data-testid='authenticator-key']")?.GetAttribute("data-key")
            ?? throw new InvalidOperationException($"No authenticator key on {page.Url}: {page.Text}");
        return (page, key);
    }

    /// <summary>A signed-in person turns on two-factor sign-in with their authenticator app; returns the app's key.</summary>
    public static async Task<string> EnableTwoFactorAsync(this PortalApp app, PortalClient client)
    {
        var (setup, key) = await client.BeginTwoFactorSetupAsync(await client.OpenAsync("/Account/Manage/TwoFactor"));
        var enabled = await client.SubmitAndFollowAsync(setup, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, app.Clock.GetUtcNow()) });
        Assert.NotNull(enabled.TestId("2fa-enabled"));
        return key;
    }

    /// <summary>Signs in with the password, then the authenticator code of the portal's current time step.</summary>
    public static async Task<Page> SignInWithTwoFactorAsync(this PortalApp app, PortalClient client, Person person, string key)
    {
        var second = await client.SignInAsync(person.Email, person.Password);
        Assert.Equal("/Account/LoginWith2fa", second.Path);
        return await client.SubmitAndFollowAsync(second, "main form", new Dictionary<string, string> { ["Code"] = Totp.Code(key, app.Clock.GetUtcNow()) });
    }
}
