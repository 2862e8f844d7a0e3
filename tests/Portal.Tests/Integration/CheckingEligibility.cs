using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>The eligibility check explains itself, rule by rule, and a failed rule blocks submission.</summary>
public abstract class CheckingEligibility(PortalApp app)
{
    private static List<(string Outcome, string Text)> Rules(Page page) =>
        page.Document.QuerySelectorAll("[data-testid='eligibility'] li").Select(li => (li.GetAttribute("data-outcome")!, li.TextContent.Trim())).ToList();

    private async Task<(PortalClient Owner, Guid Offer, Page Page)> OfferAsync(string? organization, Dictionary<string, string> changes)
    {
        var org = await app.RegisterOrganizationAsync(organization);
        var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app, changes);
        return (owner, id, await owner.OpenAsync($"/Offers/Details?id={id}"));
    }

    [Fact]
    public async Task The_innovation_stream_needs_a_participating_employer_and_blocks_submission_without_one()
    {
        var (owner, id, page) = await OfferAsync(null, new() { ["Input.ProgramCode"] = "C88" });
        using var _ = owner;
        Assert.Contains(Rules(page), r => r.Outcome == "Failed" && r.Text.Contains("participating employers", StringComparison.Ordinal));
        var after = await owner.SubmitOfferAsync(id);
        after.AssertStatus("Draft");
        Assert.Contains("eligibility check failed", after.TestId("error-message"));
    }

    [Fact]
    public async Task A_participating_employer_with_a_teer_1_job_passes_and_is_marked_expedited()
    {
        var org = await app.RegisterOrganizationAsync();
        await app.RecordParticipatingEmployerAsync("Clio", org.BusinessNumber);
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "C88" });
        var page = await owner.OpenAsync($"/Offers/Details?id={id}");
        var rules = Rules(page);
        Assert.DoesNotContain(rules, r => r.Outcome == "Failed");
        Assert.Contains(rules, r => r.Outcome == "Passed" && r.Text.Contains("takes part", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Outcome == "Info" && r.Text.Contains("expedited", StringComparison.Ordinal));
        (await owner.SubmitOfferAsync(id)).AssertStatus("Submitted");
    }

    [Fact]
    public async Task An_organization_named_like_a_participating_employer_is_not_one_without_its_business_number()
    {
        var (owner, id, page) = await OfferAsync("Clio", new() { ["Input.ProgramCode"] = "C88" });
        using var _ = owner;
        Assert.Contains(Rules(page), r => r.Outcome == "Failed" && r.Text.Contains("participating employers", StringComparison.Ordinal));
        Assert.DoesNotContain(Rules(page), r => r.Text.Contains("takes part", StringComparison.Ordinal));
        (await owner.SubmitOfferAsync(id)).AssertStatus("Draft");
    }

    [Fact]
    public async Task The_business_number_an_administrator_records_on_a_participating_employer_lets_that_organization_pass()
    {
        var org = await app.RegisterOrganizationAsync("Harbour Point of Sale " + Guid.NewGuid().ToString("N")[..4]);
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "C88" });
        Assert.Contains(Rules(await owner.OpenAsync($"/Offers/Details?id={id}")), r => r.Outcome == "Failed" && r.Text.Contains("participating employers", StringComparison.Ordinal));

        using var admin = await app.SignedInAdministratorAsync();
        var reference = await admin.OpenAsync("/Admin/Reference");
        const string form = "form[data-employer='Lightspeed Commerce']";
        var refused = await admin.SubmitAndFollowAsync(reference, form, new() { ["BusinessNumber"] = "123456780" });
        Assert.NotEqual("", refused.ErrorFor("BusinessNumber"));
        var saved = await admin.SubmitAndFollowAsync(reference, form, new() { ["BusinessNumber"] = org.BusinessNumber });
        Assert.Contains(org.BusinessNumber, saved.TestId("employers"));

        var page = await owner.OpenAsync($"/Offers/Details?id={id}");
        Assert.DoesNotContain(Rules(page), r => r.Outcome == "Failed");
        Assert.Contains(Rules(page), r => r.Outcome == "Passed" && r.Text.Contains("takes part", StringComparison.Ordinal));
        (await owner.SubmitOfferAsync(id)).AssertStatus("Submitted");
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "ParticipatingEmployer" && a.Changes.Contains(org.BusinessNumber)).ToListAsync());
        Assert.StartsWith("admin.", Assert.Single(audit).ActorName);
    }

    [Fact]
    public async Task An_administrators_confirmation_makes_an_organization_a_participating_employer_until_withdrawn()
    {
        var org = await app.RegisterOrganizationAsync("Home Care Software " + Guid.NewGuid().ToString("N")[..4]);
        using var owner = await app.SignedInClientAsync(org.Owner);
        var first = await owner.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "C88" });

        using var admin = await app.SignedInAdministratorAsync();
        var found = await admin.OpenAsync("/Admin?q=" + org.BusinessNumber);
        var organization = await admin.OpenAsync(found.Document.QuerySelector("[data-testid='organizations'] a")!.GetAttribute("href")!);
        var alayaCare = organization.Document.QuerySelectorAll("select[name='ParticipatingEmployerId'] option")
            .Single(o => o.TextContent.Trim() == "AlayaCare").GetAttribute("value")!;
        var confirmed = await admin.SubmitAndFollowAsync(organization, "[data-testid='participation-form']", new() { ["ParticipatingEmployerId"] = alayaCare });
        Assert.Contains("AlayaCare", confirmed.TestId("participation"));

        var page = await owner.OpenAsync($"/Offers/Details?id={first}");
        Assert.Contains(Rules(page), r => r.Outcome == "Passed" && r.Text.Contains("takes part", StringComparison.Ordinal));
        (await owner.SubmitOfferAsync(first)).AssertStatus("Submitted");
        var orgId = await app.WithDbAsync(db => db.Organizations.Where(o => o.BusinessNumber == org.BusinessNumber).Select(o => o.Id).SingleAsync());
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "ParticipatingEmployer" && a.EntityId == alayaCare && a.Changes.Contains(orgId.ToString())).ToListAsync());
        Assert.StartsWith("admin.", Assert.Single(audit).ActorName);

        await admin.SubmitAndFollowAsync(confirmed, "[data-testid='withdraw-participation-form']");
        var second = await owner.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "C88" });
        Assert.Contains(Rules(await owner.OpenAsync($"/Offers/Details?id={second}")), r => r.Outcome == "Failed" && r.Text.Contains("participating employers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_innovation_stream_refuses_a_teer_4_occupation()
    {
        var (owner, _, page) = await OfferAsync("AlayaCare", new() { ["Input.ProgramCode"] = "C88", ["Input.OccupationCode"] = "64100" });
        using var _o = owner;
        Assert.Contains(Rules(page), r => r.Outcome == "Failed" && r.Text.Contains("TEER 0, 1, 2, 3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_accelerated_tech_pathway_needs_a_listed_occupation_and_an_alberta_location()
    {
        var (owner, _, page) = await OfferAsync(null, new() { ["Input.ProgramCode"] = "T13", ["Input.PathwayCode"] = "ATP" });
        using var _o = owner;
        var rules = Rules(page);
        Assert.Contains(rules, r => r.Outcome == "Passed" && r.Text.Contains("on the list of eligible occupations", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.Outcome == "Failed" && r.Text.Contains("work location in AB", StringComparison.Ordinal));

        var (owner2, _, calgary) = await OfferAsync(null, new() { ["Input.ProgramCode"] = "T13", ["Input.PathwayCode"] = "ATP", ["Input.Location1City"] = "Calgary", ["Input.Location1Province"] = "AB", ["Input.OccupationCode"] = "64100" });
        using var _o2 = owner2;
        Assert.Contains(Rules(calgary), r => r.Outcome == "Passed" && r.Text.Contains("work location is in AB", StringComparison.Ordinal));
        Assert.Contains(Rules(calgary), r => r.Outcome == "Failed" && r.Text.Contains("is not on the list", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_atlantic_program_needs_a_designated_employer_30_hours_and_a_permanent_teer_4_job()
    {
        var (owner, id, page) = await OfferAsync(null, new()
        {
            ["Input.ProgramCode"] = "C10", ["Input.PathwayCode"] = "AIP", ["Input.OccupationCode"] = "64100", ["Input.HoursPerWeek"] = "29.5",
        });
        using var _o = owner;
        var failed = Rules(page).Where(r => r.Outcome == "Failed").Select(r => r.Text).ToList();
        Assert.Equal(3, failed.Count);
        Assert.Contains(failed, t => t.Contains("at least 30 hours a week; this one has 29.5", StringComparison.Ordinal));
        Assert.Contains(failed, t => t.Contains("indeterminate (permanent) job, without an end date, for TEER 4", StringComparison.Ordinal));
        Assert.Contains(failed, t => t.Contains("not designated in NS", StringComparison.Ordinal));
        Assert.Contains(page.Document.QuerySelectorAll("[data-testid='rule-source']"), s => s.TextContent.Contains("in force since 2022-03-06", StringComparison.Ordinal));

        await app.DesignateAsync(owner);
        var edit = await owner.OpenAsync($"/Offers/Edit?id={id}");
        var saved = await owner.SubmitAndFollowAsync(edit, "[data-testid='offer-form']", new Dictionary<string, string>
        {
            ["Input.HoursPerWeek"] = "30", ["Input.Indeterminate"] = "true", ["Input.EndDate"] = "",
        });
        Assert.DoesNotContain(Rules(saved), r => r.Outcome == "Failed");
        (await owner.SubmitOfferAsync(id)).AssertStatus("Submitted");
    }

    [Fact]
    public async Task A_one_year_job_ends_the_day_before_the_same_date_a_year_later()
    {
        var start = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddMonths(1);
        var (owner, id, page) = await OfferAsync(null, new()
        {
            ["Input.ProgramCode"] = "T13", ["Input.PathwayCode"] = "BCTECH", ["Input.Location1City"] = "Vancouver", ["Input.Location1Province"] = "BC",
            ["Input.StartDate"] = start.ToString("yyyy-MM-dd"), ["Input.EndDate"] = start.AddYears(1).AddDays(-1).ToString("yyyy-MM-dd"),
        });
        using var _o = owner;
        Assert.DoesNotContain(Rules(page), r => r.Outcome == "Failed");
        (await owner.SubmitOfferAsync(id)).AssertStatus("Submitted");
    }

    [Fact]
    public async Task The_bc_tech_pilot_needs_a_job_of_at_least_a_year()
    {
        var start = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddMonths(1);
        var (owner, _, page) = await OfferAsync(null, new()
        {
            ["Input.ProgramCode"] = "T13", ["Input.PathwayCode"] = "BCTECH", ["Input.Location1City"] = "Vancouver", ["Input.Location1Province"] = "BC",
            ["Input.StartDate"] = start.ToString("yyyy-MM-dd"), ["Input.EndDate"] = start.AddDays(200).ToString("yyyy-MM-dd"),
        });
        using var _o = owner;
        Assert.Contains(Rules(page), r => r.Outcome == "Failed" && r.Text.Contains($"at least 12 months: starting on {start:yyyy-MM-dd}, it must end on {start.AddYears(1).AddDays(-1):yyyy-MM-dd} or later", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Warnings_do_not_block_submission()
    {
        var (owner, id, page) = await OfferAsync(null, new()
        {
            ["Input.PassportNumber"] = "ab-12", ["Input.MainDuties"] = "Codes.", ["Input.MoreLocations"] = "true",
        });
        using var _o = owner;
        var warnings = Rules(page).Where(r => r.Outcome == "Warning").Select(r => r.Text).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("passport number 'ab-12'", StringComparison.Ordinal));
        (await owner.SubmitOfferAsync(id)).AssertStatus("Submitted");
    }

    [Fact]
    public async Task Submission_needs_the_seven_attestations()
    {
        foreach (var missing in new[] { "Input.AttestNoFees", "Input.AttestWorkersRights", "Input.AttestHealthCare", "Input.AttestNoRecruiterFees" })
        {
            var (owner, id, _) = await OfferAsync(null, new() { [missing] = "false" });
            using var _o = owner;
            var after = await owner.SubmitOfferAsync(id);
            after.AssertStatus("Draft");
            Assert.Contains("seven attestations", after.TestId("error-message"));
        }
    }
}

public sealed class CheckingEligibilityOnSqlite(SqlitePortal app) : CheckingEligibility(app), IClassFixture<SqlitePortal>;
public sealed class CheckingEligibilityOnPostgres(PostgresPortal app) : CheckingEligibility(app), IClassFixture<PostgresPortal>;
