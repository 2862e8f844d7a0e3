using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Features.Organizations;

namespace Portal.Tests.Integration;

/// <summary>
/// Every Razor Page the running portal maps (read from its endpoints, not from a list of files) answers each of the four
/// people who may ask (nobody signed in, HR staff, an owner, an administrator) what its one access rule says, and a record
/// of another organization answers 404 to that organization's people. A page missing from <see cref="Table"/> fails here
/// until it is added with its rule; a row for a page the portal no longer has fails too.
/// </summary>
public abstract class AnsweringEveryPage(PortalWithOneOfEverything portal)
{
    /// <summary>What a person notices when they open an address.</summary>
    public sealed record Answer(string Name)
    {
        /// <summary>Sent to the sign-in page, to come back here after.</summary>
        public static readonly Answer SignIn = new("sign in");
        /// <summary>Refused: sent to the access-denied page, which answers 403 (or a 403 at once).</summary>
        public static readonly Answer Forbidden = new("403");
        public static readonly Answer NotFound = new("404");
        public static readonly Answer BadRequest = new("400");
        public static readonly Answer Ok = new("200");
        /// <summary>Sent on to another page of the portal (a signed-in person's start page, a form's first step).</summary>
        public static Answer To(string path) => new("to " + path);
        public override string ToString() => Name;
    }

    private static readonly Answer SignIn = Answer.SignIn, Forbidden = Answer.Forbidden, NotFound = Answer.NotFound, Ok = Answer.Ok;

    /// <summary>
    /// Every page, by an address that opens it, and what each person gets there. Records of the fixture's organization
    /// are named in braces ({offer}, {case}...). At least one row per page; a page's GET handlers may have rows of their own.
    /// </summary>
    public static readonly (string Url, Answer Anonymous, Answer Staff, Answer Owner, Answer Administrator)[] Table =
    [
        // Public: anyone; signed-in people are sent on to their start page.
        ("/", Ok, Answer.To("/Organization"), Answer.To("/Organization"), Answer.To("/Admin")),
        ("/Error", Ok, Ok, Ok, Ok),
        ("/Status?code=404", Ok, Ok, Ok, Ok),
        ("/Culture?culture=en&returnUrl=%2FOffers", Answer.To("/Offers"), Answer.To("/Offers"), Answer.To("/Offers"), Answer.To("/Offers")),
        ("/Account/Login", Ok, Ok, Ok, Ok),
        // The second step of signing in, without a first: back to the first.
        ("/Account/LoginWith2fa", Answer.To("/Account/Login"), Answer.To("/Account/Login"), Answer.To("/Account/Login"), Answer.To("/Account/Login")),
        ("/Account/LoginWithRecoveryCode", Answer.To("/Account/Login"), Answer.To("/Account/Login"), Answer.To("/Account/Login"), Answer.To("/Account/Login")),
        ("/Account/Logout", Ok, Ok, Ok, Ok),
        ("/Account/Register", Ok, Ok, Ok, Ok),
        ("/Account/RegisterConfirmation", Ok, Ok, Ok, Ok),
        ("/Account/ConfirmEmail", Ok, Ok, Ok, Ok),
        ("/Account/ResendConfirmation", Ok, Ok, Ok, Ok),
        ("/Account/ForgotPassword", Ok, Ok, Ok, Ok),
        ("/Account/ResetPassword", Answer.To("/Account/ForgotPassword"), Answer.To("/Account/ForgotPassword"), Answer.To("/Account/ForgotPassword"), Answer.To("/Account/ForgotPassword")),
        ("/Account/AcceptInvitation", Ok, Ok, Ok, Ok),
        ("/Account/AccessDenied", Forbidden, Forbidden, Forbidden, Forbidden),
        // A reminder's link without its signed token: the page says the link is not valid.
        ("/Account/ReminderLink", Answer.BadRequest, Answer.BadRequest, Answer.BadRequest, Answer.BadRequest),

        // Signed in: anyone with an account.
        ("/Account/Manage/TwoFactor", SignIn, Ok, Ok, Ok),
        ("/Account/Manage/Reminders", SignIn, Ok, Ok, Ok),

        // Members of an organization; some pages for its owners only.
        ("/Organization", SignIn, Ok, Ok, Forbidden),
        ("/Organization/Edit", SignIn, Forbidden, Ok, Forbidden),
        ("/Organization/History", SignIn, Forbidden, Ok, Forbidden),
        ("/Organization/Members", SignIn, Ok, Ok, Forbidden),
        ("/Organization/Members/Invite", SignIn, Forbidden, Ok, Forbidden),
        ("/Organization/Members/Member?id={membership}", SignIn, Forbidden, Ok, Forbidden),

        // Offers: members act on their organization's, administrators read every organization's.
        ("/Offers", SignIn, Ok, Ok, Ok),
        ("/Offers?handler=Csv", SignIn, Ok, Ok, Ok),
        ("/Offers/Details?id={offer}", SignIn, Ok, Ok, Ok),
        ("/Documents/Download?id={offerDocument}", SignIn, Ok, Ok, Ok),
        ("/Offers/Edit", SignIn, Ok, Ok, Forbidden),
        ("/Offers/Edit?id={draftOffer}", SignIn, Ok, Ok, Forbidden),
        // Each step of an offer, a page of its own: members take it; it says so when it is not the next one.
        ("/Offers/Steps/Submit?id={offer}", SignIn, Ok, Ok, Forbidden),
        ("/Offers/Steps/RecordFee?id={offer}", SignIn, Ok, Ok, Forbidden),
        ("/Offers/Steps/RecordFeeExemption?id={offer}", SignIn, Ok, Ok, Forbidden),
        ("/Offers/Steps/RecordNumber?id={offer}", SignIn, Ok, Ok, Forbidden),
        ("/Offers/Steps/GiveNumber?id={offer}", SignIn, Ok, Ok, Forbidden),
        ("/Offers/Steps/RecordPermit?id={offer}", SignIn, Ok, Ok, Forbidden),
        ("/Offers/Steps/RecordFirstDay?id={offer}", SignIn, Ok, Ok, Forbidden),
        ("/Offers/Steps/Withdraw?id={offer}", SignIn, Ok, Ok, Forbidden),
        ("/Offers/Steps/RequestRefund?id={offer}", SignIn, Ok, Ok, Forbidden),
        ("/Offers/Steps/RecordRefund?id={offer}", SignIn, Ok, Ok, Forbidden),
        ("/Offers/Steps/Upload?id={offer}", SignIn, Ok, Ok, Forbidden),
        ("/Documents/Download?id={atlanticDocument}", SignIn, Ok, Ok, Ok),

        // The Atlantic program: members; the designation application is the owners'.
        ("/Designations", SignIn, Ok, Ok, Forbidden),
        ("/Designations/Details?id={application}", SignIn, Ok, Ok, Forbidden),
        ("/Designations/Edit?province=PE", SignIn, Forbidden, Ok, Forbidden),
        // A submitted application is read, not edited.
        ("/Designations/Edit?id={application}", SignIn, Forbidden, Answer.To("/Designations/Details"), Forbidden),
        ("/Endorsements", SignIn, Ok, Ok, Forbidden),
        ("/Endorsements/Case?id={case}", SignIn, Ok, Ok, Forbidden),
        ("/Endorsements/Edit", SignIn, Ok, Ok, Forbidden),
        ("/Endorsements/Edit?id={case}", SignIn, Ok, Ok, Forbidden),
        // The offer's case is open already.
        ("/Endorsements/Edit?offer={atlanticOffer}", SignIn, Answer.To("/Endorsements/Case"), Answer.To("/Endorsements/Case"), Forbidden),
        ("/Endorsements/Commitment?id={commitment}", SignIn, Ok, Ok, Forbidden),
        ("/Commitments", SignIn, Ok, Ok, Forbidden),

        // Administrators (signed in with two factors).
        ("/Admin", SignIn, Forbidden, Forbidden, Ok),
        ("/Admin/Organization?id={organization}", SignIn, Forbidden, Forbidden, Ok),
        ("/Admin/Audit", SignIn, Forbidden, Forbidden, Ok),
        ("/Admin/Outbox", SignIn, Forbidden, Forbidden, Ok),
        ("/Admin/Jobs", SignIn, Forbidden, Forbidden, Ok),
        ("/Admin/Designations", SignIn, Forbidden, Forbidden, Ok),
        ("/Admin/Designations/Review?id={application}", SignIn, Forbidden, Forbidden, Ok),
        ("/Admin/Reference", SignIn, Forbidden, Forbidden, Ok),
        ("/Admin/Reference/Program?code={program}", SignIn, Forbidden, Forbidden, Ok),
        ("/Admin/Reference/Occupations", SignIn, Forbidden, Forbidden, Ok),
        ("/Admin/Reference/Occupation", SignIn, Forbidden, Forbidden, Ok),
        ("/Admin/Reference/Occupation?code={occupation}", SignIn, Forbidden, Forbidden, Ok),
    ];

    /// <summary>The records in the table's addresses that belong to the fixture's organization.</summary>
    private static readonly string[] OrganizationRecords =
        ["{membership}", "{offer}", "{offerDocument}", "{draftOffer}", "{atlanticDocument}", "{application}", "{case}", "{atlanticOffer}", "{commitment}"];

    [Fact]
    public void Every_page_of_the_portal_is_in_the_table_and_every_row_is_a_page()
    {
        var pages = PageRoutes();
        var problems = new List<string>();
        var inTable = Table.Select(row => PageOf(pages, row.Url)).OfType<string>().ToHashSet();
        foreach (var page in pages.Values.Distinct().Order(StringComparer.Ordinal))
            if (!inTable.Contains(page))
                problems.Add($"The page {page} is not in {nameof(AnsweringEveryPage)}.{nameof(Table)}: add it, with its access rule in PortalWebExtensions.PageAccess, and what each person gets there.");
        foreach (var row in Table.Where(row => PageOf(pages, row.Url) is null))
            problems.Add($"The row {row.Url} opens no page of the portal: remove it, or correct its address.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_page_carries_exactly_one_access_rule()
    {
        var services = portal.App.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var problems = new List<string>();
        foreach (var endpoint in PageEndpoints())
        {
            var page = endpoint.Metadata.GetRequiredMetadata<PageActionDescriptor>();
            // The metadata the portal authorizes with. A page compiled with the portal (as here) is mapped with all of it;
            // a page compiled at run time gets its conventions and attributes when it is loaded, as on its first request.
            var loaded = page is CompiledPageActionDescriptor ? endpoint.Metadata : (await loader.LoadAsync(page, endpoint.Metadata)).Endpoint!.Metadata;
            var authorize = loaded.GetOrderedMetadata<IAuthorizeData>();
            var anonymous = loaded.GetOrderedMetadata<IAllowAnonymous>();
            var rules = authorize.Select(a => string.IsNullOrEmpty(a.Policy) ? "signed in" : $"policy {a.Policy}").Concat(anonymous.Select(_ => "anonymous")).ToList();
            if (rules.Count != 1)
            {
                problems.Add(rules.Count == 0
                    ? $"{page.ViewEnginePath} has no access rule: give it one in PortalWebExtensions.PageAccess."
                    : $"{page.ViewEnginePath} has {rules.Count} access rules ({string.Join(", ", rules)}): keep one, in PortalWebExtensions.PageAccess, and no [Authorize] or [AllowAnonymous] on its model.");
                continue;
            }
            if (authorize.SingleOrDefault() is { } rule)
            {
                if (!string.IsNullOrEmpty(rule.Roles) || !string.IsNullOrEmpty(rule.AuthenticationSchemes))
                    problems.Add($"{page.ViewEnginePath} names roles or schemes ('{rule.Roles}', '{rule.AuthenticationSchemes}'): a policy says who, by name.");
                if (rule.Policy is { Length: > 0 } name && await policies.GetPolicyAsync(name) is null)
                    problems.Add($"{page.ViewEnginePath} asks for the policy '{name}', which the portal does not define.");
            }
        }
        // An Index page's two addresses tell the same story once.
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public async Task Each_person_gets_what_the_table_says_on_every_page()
    {
        var records = await RecordsAsync();
        using var anonymous = portal.App.NewClient();
        var people = new (string Who, PortalClient Client, Func<(string Url, Answer Anonymous, Answer Staff, Answer Owner, Answer Administrator), Answer> Expected)[]
        {
            ("anonymous", anonymous, r => r.Anonymous),
            ("HR staff", portal.Staff, r => r.Staff),
            ("owner", portal.Owner, r => r.Owner),
            ("administrator", portal.Administrator, r => r.Administrator),
        };
        var problems = new List<string>();
        foreach (var row in Table)
        {
            var url = Fill(row.Url, records);
            foreach (var (who, client, expected) in people)
            {
                var answer = await AnswerToAsync(client, url);
                if (answer != expected(row)) problems.Add($"{row.Url} to {who}: {answer}, not {expected(row)}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Another_organizations_people_get_404_for_every_record_in_the_table()
    {
        var records = await RecordsAsync();
        // Organization B, designated as A is, so that nothing but whose the record is stands between B and A's records.
        var (_, ownerB, _, staffB) = await portal.App.OrganizationWithStaffAsync();
        await portal.App.DesignateAsync(ownerB, Province.NS);
        var problems = new List<string>();
        foreach (var row in Table.Where(r => OrganizationRecords.Any(r.Url.Contains)))
        {
            var url = Fill(row.Url, records);
            foreach (var (who, client, own) in new[] { ("HR staff", staffB, row.Staff), ("owner", ownerB, row.Owner) })
            {
                // The page's rule answers first (a page closed to B's HR staff is closed whosever the record); past it, A's record is not found.
                var expected = own == SignIn || own == Forbidden ? own : NotFound;
                var answer = await AnswerToAsync(client, url);
                if (answer != expected) problems.Add($"{row.Url} with A's record to B's {who}: {answer}, not {expected}");
            }
        }
        ownerB.Dispose();
        staffB.Dispose();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_post_meets_its_pages_rule_then_the_antiforgery_check()
    {
        var email = Journeys.NewEmail("invited");
        var form = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Role"] = nameof(MemberRole.HrStaff) };
        using var anonymous = portal.App.NewClient();
        Assert.Equal(SignIn, await AnswerOfAsync(anonymous, await anonymous.Http.PostAsync("/Organization/Members/Invite", new FormUrlEncodedContent(form))));

        // HR staff with a valid token of their own session: the owners' page refuses them, as it does on a GET.
        var staffToken = (await portal.Staff.OpenAsync("/Offers/Edit")).ValueOf("__RequestVerificationToken")!;
        var withToken = new Dictionary<string, string>(form) { ["__RequestVerificationToken"] = staffToken };
        Assert.Equal(Forbidden, await AnswerOfAsync(portal.Staff, await portal.Staff.Http.PostAsync("/Organization/Members/Invite", new FormUrlEncodedContent(withToken))));

        // The owner, whose page it is, signed in and holding the antiforgery cookie, but posting without the form's token.
        using (var response = await portal.Owner.Http.PostAsync("/Organization/Members/Invite", new FormUrlEncodedContent(form)))
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        Assert.False(await portal.App.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == email)));
        Assert.Empty(portal.App.EmailsSentTo(email));
    }

    private static async Task<Answer> AnswerToAsync(PortalClient client, string url) => await AnswerOfAsync(client, await client.GetAsync(url));

    /// <summary>What a person notices: the portal's first answer, and where a redirect leads.</summary>
    private static async Task<Answer> AnswerOfAsync(PortalClient client, HttpResponseMessage answer)
    {
        using var response = answer;
        if (PortalClient.IsRedirect(response.StatusCode))
        {
            var location = new Uri(new Uri("https://localhost"), response.Headers.Location!);
            var to = location.AbsolutePath;
            return to switch
            {
                // The challenge of a page's rule, as opposed to a page sending its visitor to sign in.
                "/Account/Login" when location.Query.Contains("ReturnUrl=", StringComparison.Ordinal) => SignIn,
                "/Account/AccessDenied" => await RefusedAsync(client, to) ? Forbidden : Answer.To(to),
                _ => Answer.To(to),
            };
        }
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Ok,
            HttpStatusCode.Forbidden => Forbidden,
            HttpStatusCode.NotFound => NotFound,
            var other => new Answer(((int)other).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    private static async Task<bool> RefusedAsync(PortalClient client, string accessDenied)
    {
        using var response = await client.GetAsync(accessDenied);
        return response.StatusCode == HttpStatusCode.Forbidden;
    }

    private async Task<Dictionary<string, string>> RecordsAsync() => new()
    {
        ["{organization}"] = portal.OrganizationId.ToString(),
        ["{offer}"] = portal.Offer.ToString(),
        ["{offerDocument}"] = portal.OfferDocument.ToString(),
        ["{application}"] = portal.Application.ToString(),
        ["{atlanticDocument}"] = portal.AtlanticDocument.ToString(),
        ["{case}"] = portal.Case.ToString(),
        ["{commitment}"] = portal.Commitment.ToString(),
        ["{membership}"] = (await portal.App.WithDbAsync(db => db.Memberships
            .Where(m => m.OrganizationId == portal.OrganizationId && m.Role == MemberRole.HrStaff).Select(m => m.Id).SingleAsync())).ToString(),
        ["{draftOffer}"] = (await portal.App.WithDbAsync(db => db.Offers
            .Where(o => o.OrganizationId == portal.OrganizationId && o.WorkerFamilyName == "Second").Select(o => o.Id).SingleAsync())).ToString(),
        ["{atlanticOffer}"] = (await portal.App.WithDbAsync(db => db.EndorsementCases
            .Where(c => c.Id == portal.Case).Select(c => c.OfferId).SingleAsync())).ToString()!,
        ["{program}"] = await portal.App.WithDbAsync(db => db.Programs.OrderBy(p => p.Code).Select(p => p.Code).FirstAsync()),
        ["{occupation}"] = await portal.App.WithDbAsync(db => db.Occupations.OrderBy(o => o.Code).Select(o => o.Code).FirstAsync()),
    };

    private static string Fill(string url, Dictionary<string, string> records) =>
        records.Aggregate(url, (u, r) => u.Replace(r.Key, Uri.EscapeDataString(r.Value), StringComparison.Ordinal));

    /// <summary>Every endpoint of a Razor Page the running portal maps (an Index page has two: "/Offers" and "/Offers/Index").</summary>
    private IEnumerable<Endpoint> PageEndpoints() =>
        portal.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null);

    /// <summary>Each page's addresses ("OFFERS/DETAILS", in one case: routing ignores it) to the page ("/Offers/Details").</summary>
    private Dictionary<string, string> PageRoutes() =>
        PageEndpoints().OfType<RouteEndpoint>().ToDictionary(
            e => (e.RoutePattern.RawText ?? string.Empty).Trim('/').ToUpperInvariant(),
            e => e.Metadata.GetRequiredMetadata<PageActionDescriptor>().ViewEnginePath);

    private static string? PageOf(Dictionary<string, string> pages, string url) =>
        pages.GetValueOrDefault(url.Split('?')[0].Trim('/').ToUpperInvariant());
}

public sealed class AnsweringEveryPageOnSqlite(SqlitePortalWithOneOfEverything portal) : AnsweringEveryPage(portal), IClassFixture<SqlitePortalWithOneOfEverything>;
public sealed class AnsweringEveryPageOnPostgres(PostgresPortalWithOneOfEverything portal) : AnsweringEveryPage(portal), IClassFixture<PostgresPortalWithOneOfEverything>;
