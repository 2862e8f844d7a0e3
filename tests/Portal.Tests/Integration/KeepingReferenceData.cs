using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Integration;

/// <summary>Administrators keep the reference data current; every edit is audited; the rules follow the data.</summary>
public abstract class KeepingReferenceData(PortalApp app)
{
    [Fact]
    public async Task The_seeded_reference_data_is_complete()
    {
        var (occupations, atp, employers, fee) = await app.WithDbAsync(async db => (
            await db.Occupations.CountAsync(),
            await db.ProgramOccupations.Where(p => p.ProgramCode == "ATP").Join(db.Occupations, p => p.OccupationCode, o => o.Code, (p, o) => o.Noc2016Code).Distinct().CountAsync(),
            await db.ParticipatingEmployers.Where(e => e.ProgramCode == "C88").Select(e => e.Name).ToListAsync(),
            (await db.ComplianceFees.ToListAsync()).Single()));
        // NOC 2021 V1.0 has 516 unit groups (Statistics Canada), each seeded with its French title.
        Assert.True(occupations >= 516);
        Assert.Equal(516, await app.WithDbAsync(db => db.Occupations.CountAsync(o => o.TitleFr != null)));
        Assert.Equal(23, atp);
        Assert.Equal(8, employers.Count);
        Assert.Contains("Ada Support Inc.", employers);
        Assert.Equal((230.00m, "CAD"), (fee.Amount, fee.Currency));
        var codes = await app.WithDbAsync(db => db.Programs.Select(p => p.Code).ToListAsync());
        Assert.Superset(new HashSet<string> { "C10", "C11", "C12", "C16", "C18", "C20", "T36", "T37", "T38", "C88", "T13", "C21", "C41", "C42", "C43", "C44",
            "ATP", "BCTECH", "AIP", "AIP-HS", "AIP-IS", "AIP-IG" }, codes.ToHashSet());
    }

    [Fact]
    public async Task An_administrator_corrects_an_occupation_and_a_bad_teer_is_refused()
    {
        using var admin = await app.SignedInAdministratorAsync();
        var form = await admin.OpenAsync("/Admin/Reference/Occupation?code=21231");
        var bad = await admin.SubmitAndFollowAsync(form, "[data-testid='occupation-form']", new() { ["Input.Teer"] = "7" });
        Assert.Contains("0 to 5", bad.ErrorFor("Input.Teer"));
        bad = await admin.SubmitAndFollowAsync(form, "[data-testid='occupation-form']", new() { ["Input.Teer"] = "3" });
        Assert.Contains("TEER 1", bad.ErrorFor("Input.Teer"));
        var saved = await admin.SubmitAndFollowAsync(form, "[data-testid='occupation-form']", new() { ["Input.Title"] = "Software engineers and designers (checked)" });
        Assert.Equal("/Admin/Reference/Occupations", saved.Path);
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Occupation" && a.EntityId == "21231").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Contains("(checked)", entry.Changes);
        Assert.StartsWith("admin.", entry.ActorName);
        await app.WithDbAsync(async db =>
        {
            db.Occupations.Single(o => o.Code == "21231").Update("Software engineers and designers", 1, "2173", "A", true);
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Each_form_of_the_reference_page_is_checked_on_its_own()
    {
        using var admin = await app.SignedInAdministratorAsync();
        var page = await admin.OpenAsync("/Admin/Reference");
        var name = "Harbour Robotics " + Guid.NewGuid().ToString("N")[..4];
        var badNumber = await admin.SubmitAndFollowAsync(page, "[data-testid='employer-form']", new() { ["EmployerName"] = name, ["EmployerBusinessNumber"] = "123456780" });
        Assert.Contains("not a valid CRA business number", badNumber.ErrorFor("EmployerBusinessNumber"));
        Assert.Equal("", badNumber.ErrorFor("Fee.Amount"));

        // The fee form's required fields do not stop the employer form, and the other way round.
        var added = await admin.SubmitAndFollowAsync(page, "[data-testid='employer-form']", new() { ["EmployerName"] = name });
        Assert.Contains("is added to the participating employers", added.TestId("status-message"));
        var fee = await admin.SubmitAndFollowAsync(page, "[data-testid='fee-form']");
        Assert.Contains("Enter the amount", fee.ErrorFor("Fee.Amount"));
        Assert.Equal("", fee.ErrorFor("EmployerName"));

        var id = await app.WithDbAsync(db => db.ParticipatingEmployers.Where(e => e.Name == name).Select(e => e.Id).SingleAsync());
        var removed = await admin.SubmitAndFollowAsync(added, $"form[action*='{id}'][action*='RemoveEmployer']", new() { ["confirm"] = "true" });
        Assert.Contains("is removed from the participating employers", removed.TestId("status-message"));
    }

    [Fact]
    public async Task Occupations_are_imported_from_csv_all_or_nothing()
    {
        using var admin = await app.SignedInAdministratorAsync();
        var good = "code,title,teer,noc2016_code,noc2016_skill_level\n00019,Test occupation added by import,0,,\n\"21231\",\"Software engineers and designers\",1,2173,A\n";
        var page = await ImportAsync(admin, good);
        Assert.Contains("1 new occupations, 0 updated", page.TestId("status-message"));
        Assert.True(await app.WithDbAsync(db => db.Occupations.AnyAsync(o => o.Code == "00019" && o.Teer == 0)));

        // Statistics Canada's unit groups with both titles (the format of the seeded list), keeping the NOC 2016 correspondence.
        page = await ImportAsync(admin, "code,title_en,title_fr,teer\n72106,Welders and related machine operators,Soudeurs/soudeuses (titre vérifié),2\n");
        Assert.Contains("0 new occupations, 1 updated", page.TestId("status-message"));
        var welder = await app.WithDbAsync(db => db.Occupations.AsNoTracking().SingleAsync(o => o.Code == "72106"));
        Assert.StartsWith("Soudeurs/soudeuses", welder.TitleFr);

        var bad = "code,title,teer,noc2016_code,noc2016_skill_level\n00017,Test occupation not to be imported,0,,\n7310,Bad code,2,,\n00016,Wrong TEER,9,,\n";
        page = await ImportAsync(admin, bad);
        var problems = page.Document.QuerySelector("[data-testid='import-problems']")!.TextContent;
        Assert.Contains("line 3", problems);
        Assert.Contains("line 4", problems);
        Assert.False(await app.WithDbAsync(db => db.Occupations.AnyAsync(o => o.Code == "00017")));

        page = await ImportAsync(admin, "not,a,csv\n1,2,3\n");
        Assert.NotNull(page.Document.QuerySelector("[data-testid='import-problems']"));
    }

    [Fact]
    public async Task Exemption_codes_are_imported_from_csv_all_or_nothing_and_a_new_one_can_be_chosen_for_an_offer()
    {
        using var admin = await app.SignedInAdministratorAsync();
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");
        const string header = "code,name,regulation,notes,employer_specific,status,source\n";
        var bad = header + "X91,Test code to be refused,R205(a),,yes,test,IRCC test\nC1,Too short,R205(a),,yes,test,\nX92,Bad kind,R205(a),,sometimes,test,\nAIP,A pathway,,,yes,test,\n";
        var refused = await ImportCodesAsync(admin, bad, today);
        var problems = refused.Document.QuerySelector("[data-testid='codes-import-problems']")!.TextContent;
        Assert.Contains("line 3", problems);
        Assert.Contains("line 4", problems);
        Assert.Contains("'AIP' is not an exemption code", problems);
        Assert.False(await app.WithDbAsync(db => db.Programs.AnyAsync(p => p.Code == "X91")));
        Assert.Contains("Choose a CSV file", (await ImportCodesAsync(admin, null, today)).ErrorFor("CodesFile"));

        var good = header + "X91,Test exemption code,R205(a),Imported in a test,yes,test,IRCC test page\nX93,Test open permit,R205(c),,no,test,\nC10,\"Significant benefit - general (social, cultural or economic)\",R205(a),,yes,confirmed-current,\n";
        var imported = await ImportCodesAsync(admin, good, today);
        Assert.Contains("2 new exemption codes, 1 updated", imported.TestId("status-message"));
        var rules = await app.WithDbAsync(db => db.ProgramRuleSets.AsNoTracking().SingleAsync(r => r.ProgramCode == "X91"));
        Assert.Equal(today, rules.EffectiveFrom.ToString("yyyy-MM-dd"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "ImmigrationProgram" && a.EntityId == "X91")));

        // The new employer-specific code is in the offer form and passes; the open-permit one is not offered.
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var form = await owner.OpenAsync("/Offers/Edit");
        var options = form.Document.QuerySelectorAll("select[name='Input.ProgramCode'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains("X91", options);
        Assert.DoesNotContain("X93", options);
        var id = await owner.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "X91" });
        (await owner.SubmitOfferAsync(id)).AssertStatus("Submitted");
    }

    private static async Task<Page> ImportCodesAsync(PortalClient admin, string? csv, string inForceFrom)
    {
        var page = await admin.OpenAsync("/Admin/Reference");
        var token = page.Document.QuerySelector("[data-testid='codes-import-form'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(inForceFrom), "CodesInForceFrom" },
        };
        if (csv is not null) content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "CodesFile", "codes.csv");
        return await admin.FollowAsync(await admin.Http.PostAsync("/Admin/Reference?handler=ImportCodes", content));
    }

    private static async Task<Page> ImportAsync(PortalClient admin, string csv)
    {
        var page = await admin.OpenAsync("/Admin/Reference/Occupations");
        var token = page.Document.QuerySelector("[data-testid='import-form'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "CsvFile", "occupations.csv" },
        };
        return await admin.FollowAsync(await admin.Http.PostAsync("/Admin/Reference/Occupations?handler=Import", content));
    }

    [Fact]
    public async Task A_fee_exempt_employer_records_the_exemption_with_the_proof_attached_to_it()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "C20" });
        await owner.SubmitOfferAsync(id);
        // From the fee's own page (where the fee reminder leads), to the exemption's.
        var fee = await owner.OpenAsync($"/Offers/Steps/RecordFee?id={id}");
        var step = await owner.OpenAsync(fee.Document.QuerySelector("[data-testid='fee-exemption-link']")!.GetAttribute("href")!);
        var done = await owner.SubmitWithFileAsync(step, "[data-testid='fee-exempt-form']",
            new() { ["Input.Reason"] = "Registered charity." }, "Input.File", "charity registration.pdf", OfferJourneys.Pdf());
        done.AssertStatus("Fee recorded");
        Assert.Equal("charity registration.pdf", done.TestId("document-link"));
        Assert.Equal(Portal.Web.Features.Documents.DocumentKind.ExemptionProof,
            await app.WithDbAsync(db => db.Documents.Where(d => d.OwnerId == id).Select(d => d.Kind).SingleAsync()));
    }

    [Fact]
    public async Task A_fee_exempt_employer_records_the_exemption_with_its_reason_and_its_proof()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "C20" });
        await owner.SubmitOfferAsync(id);
        var nothing = await owner.FollowAsync(await owner.PostStepAsync(id, "RecordFeeExemption"));
        // Both problems at once, each beside its field.
        Assert.Contains("Say why the employer is exempt", nothing.ErrorFor("Input.Reason"));
        Assert.Contains("proof of the exemption", nothing.ErrorFor("Input.File"));
        nothing.AssertStatus("Submitted");
        var reason = new Dictionary<string, string> { ["Input.Reason"] = "Registered charity: the worker is a volunteer coordinator." };
        var noProof = await owner.FollowAsync(await owner.PostStepAsync(id, "RecordFeeExemption", reason));
        Assert.Contains("proof of the exemption", noProof.ErrorFor("Input.File"));
        Assert.Equal(reason["Input.Reason"], noProof.ValueOf("Input.Reason"));
        noProof.AssertStatus("Submitted");
        // A file that is no proof (not a PDF, PNG or JPEG): refused beside the file, the reason kept, nothing recorded or kept.
        var disguised = await owner.SubmitWithFileAsync(noProof, "[data-testid='fee-exempt-form']", reason, "Input.File", "proof.pdf", "MZ not a pdf"u8.ToArray());
        Assert.Contains("Only PDF, PNG and JPEG", disguised.ErrorFor("Input.File"));
        Assert.Equal(reason["Input.Reason"], disguised.ValueOf("Input.Reason"));
        disguised.AssertStatus("Submitted");
        Assert.Equal(0, await app.WithDbAsync(db => db.Documents.CountAsync(d => d.OwnerId == id)));

        await owner.UploadAsync(id, "exemption.pdf", OfferJourneys.Pdf(), "ExemptionProof");
        var done = await owner.FollowAsync(await owner.PostStepAsync(id, "RecordFeeExemption", reason));
        done.AssertStatus("Fee recorded");
        Assert.Contains("exempt from the fee: Registered charity", done.TestId("steps"));
        var offer = await app.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal((true, null, reason["Input.Reason"]), (offer.FeeExempt, offer.FeeAmount, offer.FeeExemptionReason));
    }

    [Fact]
    public async Task New_rules_from_a_day_end_the_old_ones_and_show_the_open_offers_they_judge()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var engineer = await owner.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "C21", ["Input.WorkerFamilyName"] = "Engineerworker" });
        var retail = await owner.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "C21", ["Input.OccupationCode"] = "64100", ["Input.WorkerFamilyName"] = "Retailworker" });
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);

        using var admin = await app.SignedInAdministratorAsync();
        var page = await admin.OpenAsync("/Admin/Reference/Program?code=C21");
        Assert.Contains("2022-12-15", page.TestId("rule-sets"));
        var add = await admin.OpenAsync("/Admin/Reference/Program?code=C21&add=true");
        var bad = await admin.SubmitAndFollowAsync(add, "[data-testid='rules-form']", new()
        {
            ["Rules.EffectiveFrom"] = today.ToString("yyyy-MM-dd"), ["Rules.Source"] = "IRCC, test update", ["Rules.RequiredProvinces"] = "XX", ["Rules.EligibleTeers"] = "0,1,2,3",
        });
        Assert.Contains("XX", bad.ErrorFor("Rules.RequiredProvinces"));
        Assert.Equal("IRCC, test update", bad.ValueOf("Rules.Source"));

        var saved = await admin.SubmitAndFollowAsync(add, "[data-testid='rules-form']", new()
        {
            ["Rules.EffectiveFrom"] = today.ToString("yyyy-MM-dd"), ["Rules.Source"] = "IRCC, test update", ["Rules.EligibleTeers"] = "0,1,2,3",
        });
        Assert.Contains("open offers are judged by them", saved.TestId("status-message"));
        var affected = saved.Document.QuerySelector("[data-testid='affected-offers']")!;
        var retailRow = affected.QuerySelectorAll("li.list-group-item").Single(li => li.TextContent.Contains("Retailworker", StringComparison.Ordinal));
        Assert.Contains("TEER 0, 1, 2, 3", retailRow.TextContent);
        var engineerRow = affected.QuerySelectorAll("li.list-group-item").Single(li => li.TextContent.Contains("Engineerworker", StringComparison.Ordinal));
        Assert.Contains("Eligible under these rules", engineerRow.TextContent);

        var sets = await app.WithDbAsync(db => db.ProgramRuleSets.AsNoTracking().Where(r => r.ProgramCode == "C21").OrderBy(r => r.EffectiveFrom).ToListAsync());
        Assert.Equal(2, sets.Count);
        Assert.Equal(today.AddDays(-1), sets[0].EffectiveTo);
        Assert.Equal((today, (DateOnly?)null), (sets[1].EffectiveFrom, sets[1].EffectiveTo));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "ProgramRuleSet" && a.EntityId == sets[1].Id.ToString() && a.ActorName.StartsWith("admin."))));

        // Overlapping days are refused.
        var overlap = await admin.SubmitAndFollowAsync(await admin.OpenAsync("/Admin/Reference/Program?code=C21&add=true"), "[data-testid='rules-form']", new()
        {
            ["Rules.EffectiveFrom"] = today.AddDays(-30).ToString("yyyy-MM-dd"), ["Rules.EffectiveTo"] = today.AddDays(-2).ToString("yyyy-MM-dd"), ["Rules.Source"] = "x",
        });
        Assert.Contains("overlap", overlap.ErrorFor("Rules.EffectiveFrom"));

        // The retail draft now fails where the employer reads it.
        var details = await owner.OpenAsync($"/Offers/Details?id={retail}");
        Assert.Contains(details.Document.QuerySelectorAll("[data-testid='eligibility'] li[data-outcome='Failed']"), li => li.TextContent.Contains("TEER 0, 1, 2, 3", StringComparison.Ordinal));
        Assert.DoesNotContain((await owner.OpenAsync($"/Offers/Details?id={engineer}")).Document.QuerySelectorAll("[data-testid='eligibility'] li"), li => li.GetAttribute("data-outcome") == "Failed");
    }

    [Fact]
    public async Task Administrators_read_every_organizations_offers_but_do_not_act_on_them()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app, new() { ["Input.WorkerFamilyName"] = "Visibletoadmin" });
        using var admin = await app.SignedInAdministratorAsync();
        var list = await admin.OpenAsync("/Offers?q=Visibletoadmin");
        Assert.Contains(org.LegalName, list.Document.QuerySelector("[data-testid='offers']")!.TextContent);
        var details = await admin.OpenAsync($"/Offers/Details?id={id}");
        details.AssertStatus("Draft");
        Assert.Null(details.Document.QuerySelector("[data-testid='submit-form']"));
        var token = (await admin.OpenAsync("/Admin/Reference")).ValueOf("__RequestVerificationToken")!;
        var post = await admin.Http.PostAsync($"/Offers/Steps/Submit?id={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/Account/AccessDenied", post.Headers.Location!.AbsolutePath);
        Assert.Equal(Portal.Web.Features.Offers.OfferStatus.Draft, await app.WithDbAsync(db => db.Offers.Where(o => o.Id == id).Select(o => o.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/Offers/Edit")).StatusCode);
    }
}

public sealed class KeepingReferenceDataOnSqlite(SqlitePortal app) : KeepingReferenceData(app), IClassFixture<SqlitePortal>;
public sealed class KeepingReferenceDataOnPostgres(PostgresPortal app) : KeepingReferenceData(app), IClassFixture<PostgresPortal>;

public abstract class ListingOffers(PortalApp app)
{
    [Fact]
    public async Task The_list_searches_filters_sorts_pages_and_exports_what_it_shows()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        Assert.NotNull((await owner.OpenAsync("/Offers")).TestId("offers-empty"));
        var ids = new List<Guid>();
        for (var i = 0; i < 55; i++)
        {
            // The portal's clock stands still unless moved: a second between offers gives "newest first" an order.
            app.Clock.Advance(TimeSpan.FromSeconds(1));
            ids.Add(await owner.CreateOfferAsync(app, new() { ["Input.WorkerFamilyName"] = $"Family{i:D2}", ["Input.JobTitle"] = i % 2 == 0 ? "Data Scientist" : "Web Developer" }));
        }
        await owner.SubmitOfferAsync(ids[3]);

        var first = await owner.OpenAsync("/Offers");
        Assert.Equal("55 offers", first.TestId("offer-count"));
        Assert.Equal(50, first.Document.QuerySelectorAll("[data-testid='offer-row']").Length);
        Assert.Contains("Family54", first.Document.QuerySelector("[data-testid='offer-row']")!.TextContent);
        var pages = first.Document.QuerySelectorAll(".pagination a");
        var next = pages[pages.Length - 1].GetAttribute("href")!;
        Assert.Equal(5, (await owner.OpenAsync(next)).Document.QuerySelectorAll("[data-testid='offer-row']").Length);

        var byWorker = await owner.OpenAsync("/Offers?sort=worker&q=data");  // any case
        Assert.Equal("28 offers", byWorker.TestId("offer-count"));
        Assert.Contains("Family00", byWorker.Document.QuerySelector("[data-testid='offer-row']")!.TextContent);
        Assert.Equal("1 offers", (await owner.OpenAsync("/Offers?status=Submitted")).TestId("offer-count"));
        Assert.Equal("1 offers", (await owner.OpenAsync("/Offers?q=Family07")).TestId("offer-count"));
        Assert.Equal("55 offers", (await owner.OpenAsync($"/Offers?year={app.Clock.GetUtcNow().Year}&program=C10")).TestId("offer-count"));
        Assert.NotNull((await owner.OpenAsync("/Offers?year=1999")).TestId("offers-empty"));

        var csv = await owner.GetAsync("/Offers?q=Data&sort=worker&handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Trim('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(29, lines.Length);
        Assert.StartsWith("Organization,Worker,JobTitle", lines[0]);
        Assert.Contains("Family00", lines[1]);

        var dashboard = await owner.OpenAsync("/Organization");
        Assert.Equal("54", dashboard.TestId("count-Draft"));
        Assert.Equal("1", dashboard.TestId("count-Submitted"));
        Assert.Contains("Record the compliance fee", dashboard.TestId("needs-action"));
    }

    [Fact]
    public async Task A_formula_in_a_name_is_not_run_by_a_spreadsheet_opening_the_export()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        await owner.CreateOfferAsync(app, new() { ["Input.JobTitle"] = "=HYPERLINK(\"http://evil\")" });
        var csv = await (await owner.GetAsync("/Offers?handler=Csv")).Content.ReadAsStringAsync();
        var cell = csv.Split('\n')[1].Split(',')[2];
        Assert.Contains("HYPERLINK", cell);
        Assert.False(cell.TrimStart('"').StartsWith('='), cell);
    }
}

public sealed class ListingOffersOnSqlite(SqlitePortal app) : ListingOffers(app), IClassFixture<SqlitePortal>;
public sealed class ListingOffersOnPostgres(PostgresPortal app) : ListingOffers(app), IClassFixture<PostgresPortal>;
