using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Organizations;

namespace Portal.Tests.Integration;

public abstract class EndorsingACandidate(PortalApp app)
{
    [Fact]
    public async Task A_case_cannot_be_opened_where_the_organization_is_not_designated()
    {
        var (_, owner, _, staff) = await app.OrganizationWithStaffAsync();
        await app.DesignateAsync(owner, Province.NB);
        var offer = await staff.CreateAtlanticOfferAsync(app);
        var page = await staff.OpenCaseAsync(offer);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("not designated in Nova Scotia", page.ErrorFor("Input.Province"));
        Assert.Equal("Chidi Emeka Okafor", page.ValueOf("Input.CandidateName"));
        Assert.Equal(0, await app.WithDbAsync(db => db.EndorsementCases.CountAsync(c => c.OfferId == offer)));

        var outside = await staff.OpenCaseAsync(null, new()
        {
            ["Input.CandidateName"] = "Ana Lima", ["Input.Province"] = "ON", ["Input.Class"] = "HighSkilled", ["Input.OccupationCode"] = "21231",
        });
        Assert.Contains("only for the Atlantic provinces", outside.ErrorFor("Input.Province"));
    }

    [Fact]
    public async Task Hr_staff_open_a_case_from_an_atlantic_offer_and_the_class_explains_itself()
    {
        var (_, owner, _, staff) = await app.OrganizationWithStaffAsync();
        await app.DesignateAsync(owner);
        var offer = await staff.CreateAtlanticOfferAsync(app);
        var details = await staff.OpenAsync($"/Offers/Details?id={offer}");
        Assert.NotNull(details.Document.QuerySelector("[data-testid='open-endorsement']"));

        var opened = await staff.OpenCaseAsync(offer, new() { ["Input.WorkExperienceMet"] = "false" });
        Assert.True(opened.Path == "/Endorsements/Case", $"{opened.Status} {opened.Path} {opened.Summary} {opened.Text[..Math.Min(3000, opened.Text.Length)]}");
        Assert.True(opened.TestId("case-stage") == "Needs assessment to come", $"{opened.Status} {opened.Text[..Math.Min(3000, opened.Text.Length)]}");
        var rules = opened.Document.QuerySelectorAll("[data-testid='class-check'] li").ToList();
        Assert.Contains(rules, r => r.GetAttribute("data-outcome") == "Passed" && r.TextContent.Contains("TEER 1, which Atlantic High-Skilled Class accepts", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.GetAttribute("data-outcome") == "Failed" && r.TextContent.Contains("one year of work experience", StringComparison.Ordinal));

        // Opening it again from the offer goes to the same case.
        var again = await staff.OpenAsync($"/Endorsements/Edit?offer={offer}");
        Assert.Equal(opened.CaseId(), again.CaseId());
        var linked = await staff.OpenAsync($"/Offers/Details?id={offer}");
        Assert.NotNull(linked.Document.QuerySelector("[data-testid='endorsement-case']"));

        // An intermediate-skilled candidate needs an indeterminate job (in NOC 0, A, B or C, Annex A's job-offer row).
        var edited = await staff.SubmitAndFollowAsync(await staff.OpenAsync($"/Endorsements/Edit?id={opened.CaseId()}"), "[data-testid='case-form']",
            new() { ["Input.Class"] = "IntermediateSkilled" });
        var failed = edited.Document.QuerySelectorAll("[data-testid='class-check'] li[data-outcome='Failed']").Select(li => li.TextContent).ToList();
        Assert.DoesNotContain(failed, t => t.Contains("TEER", StringComparison.Ordinal));
        Assert.Contains(failed, t => t.Contains("indeterminate (permanent) job", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_needs_assessment_plan_and_certificate_are_recorded_in_order()
    {
        var (_, owner, _, staff) = await app.OrganizationWithStaffAsync();
        await app.DesignateAsync(owner);
        var caseId = (await staff.OpenCaseAsync(await staff.CreateAtlanticOfferAsync(app))).CaseId();

        var page = await staff.OpenAsync($"/Endorsements/Case?id={caseId}");
        var early = await staff.SubmitWithFileAsync(page, "[data-testid='plan-form']", null, "Upload", "plan.pdf", OfferJourneys.Pdf());
        Assert.Contains("Record the needs assessment first", early.ErrorFor("Upload"));

        var future = await staff.CaseFormAsync(caseId, "assessment-form", new() { ["AssessedOn"] = app.Day(5), ["AssessmentProvider"] = "YMCA Newcomer Services" });
        Assert.Contains("cannot be in the future", future.ErrorFor("AssessedOn"));
        Assert.Equal("YMCA Newcomer Services", future.ValueOf("AssessmentProvider"));
        var assessed = await staff.CaseFormAsync(caseId, "assessment-form", new() { ["AssessedOn"] = app.Day(-2), ["AssessmentProvider"] = "YMCA Newcomer Services" });
        Assert.Equal("Settlement plan to come", assessed.TestId("case-stage"));

        var exe = await staff.SubmitWithFileAsync(assessed, "[data-testid='plan-form']", null, "Upload", "plan.pdf", [0x4D, 0x5A, 0x90, 0x00]);
        Assert.Contains("Only PDF, PNG and JPEG", exe.ErrorFor("Upload"));
        var planned = await staff.SubmitWithFileAsync(exe, "[data-testid='plan-form']", null, "Upload", "../../settlement plan.pdf", OfferJourneys.Pdf());
        Assert.Equal("Waiting for the certificate of endorsement", planned.TestId("case-stage"));
        var link = planned.Document.QuerySelectorAll("[data-testid='documents'] a").Single();
        Assert.Equal("settlement plan.pdf", link.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(link.GetAttribute("href")!)).StatusCode);

        var noNumber = await staff.CaseFormAsync(caseId, "certificate-form", new() { ["CertificateOn"] = app.Day() });
        Assert.Contains("number of the certificate", noNumber.ErrorFor("CertificateNumber"));
        var endorsed = await staff.CaseFormAsync(caseId, "certificate-form", new() { ["CertificateOn"] = app.Day(), ["CertificateNumber"] = "NS-END-5521" });
        Assert.Equal("Endorsed", endorsed.TestId("case-stage"));
        Assert.Contains("NS-END-5521", endorsed.TestId("certificate"));
    }

    [Fact]
    public async Task Commitments_have_owners_and_due_dates_and_the_tracking_page_puts_the_overdue_first()
    {
        var (org, owner, staffPerson, staff) = await app.OrganizationWithStaffAsync();
        await app.DesignateAsync(owner);
        var caseId = (await staff.OpenCaseAsync(await staff.CreateAtlanticOfferAsync(app))).CaseId();
        var other = (await staff.OpenCaseAsync(null, new()
        {
            ["Input.CandidateName"] = "Ana Lima", ["Input.Province"] = "NS", ["Input.Class"] = "InternationalGraduate", ["Input.OccupationCode"] = "21231",
            ["Input.StartDate"] = app.Day(30),
        })).CaseId();

        await staff.AddCommitmentAsync(caseId, "Alex Owner", app.Day(20), "LanguageTraining", "Enrol the spouse in LINC classes.");
        await staff.AddCommitmentAsync(caseId, staffPerson.FullName, app.Day(3), "EarlyTransportation", "Pick the family up at Halifax Stanfield airport.");
        await staff.AddCommitmentAsync(other, staffPerson.FullName, app.Day(40), "Housing", "Find a one-bedroom apartment.");

        var tracking = await staff.OpenAsync("/Commitments");
        Assert.Equal(3, tracking.Document.QuerySelectorAll("[data-testid='tracking-row']").Length);
        Assert.Empty(tracking.Document.QuerySelectorAll("[data-testid='tracking-row'][data-overdue='true']"));

        // Ten days later (a new session: the last one expired meanwhile).
        app.Clock.Advance(TimeSpan.FromDays(10));
        using var later = await app.SignedInClientAsync(staffPerson);
        tracking = await later.OpenAsync("/Commitments");
        var rows = tracking.Document.QuerySelectorAll("[data-testid='tracking-row']").ToList();
        Assert.Equal("true", rows[0].GetAttribute("data-overdue"));
        Assert.Contains("Pick the family up", rows[0].TextContent);
        Assert.Contains("1 overdue", tracking.TestId("overdue-count"));
        var perWorker = tracking.Document.QuerySelectorAll("[data-testid='worker-count']").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Chidi Emeka Okafor", "2", "1"], perWorker[0]);
        Assert.Equal(["Ana Lima", "1", "0"], perWorker[1]);

        // Filter by owner and by due date.
        var ownerId = tracking.Document.QuerySelectorAll("#owner option").First(o => o.TextContent.Trim() == "Alex Owner").GetAttribute("value");
        var mine = await later.OpenAsync($"/Commitments?owner={ownerId}");
        Assert.Contains("LINC", Assert.Single(mine.Document.QuerySelectorAll("[data-testid='tracking-row']")).TextContent);
        var soon = await later.OpenAsync($"/Commitments?dueBy={app.Day(15)}");
        Assert.Equal(2, soon.Document.QuerySelectorAll("[data-testid='tracking-row']").Length);

        // Done, with evidence: it leaves the open list, and "not needed" asks why.
        var commitmentLink = rows[0].QuerySelector("a[href^='/Endorsements/Commitment']")!.GetAttribute("href")!;
        var edit = await later.OpenAsync(commitmentLink);
        var notNeeded = await later.SubmitAndFollowAsync(edit, "[data-testid='commitment-edit-form']", new() { ["Input.Status"] = "NotNeeded" });
        Assert.Contains("Say why", notNeeded.ErrorFor("Input.NotNeededReason"));
        var done = await later.SubmitWithFileAsync(notNeeded, "[data-testid='commitment-edit-form']", new()
        {
            ["Input.Status"] = "Done", ["Input.EvidenceNotes"] = "Met at the airport on arrival.",
        }, "Upload", "boarding pass.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2], "image/png");
        Assert.Equal("/Endorsements/Case", done.Path);
        var open = await later.OpenAsync("/Commitments");
        Assert.Equal(2, open.Document.QuerySelectorAll("[data-testid='tracking-row']").Length);
        Assert.Null(open.TestId("overdue-count"));
        var all = await later.OpenAsync("/Commitments?state=Done");
        Assert.Contains("Pick the family up", Assert.Single(all.Document.QuerySelectorAll("[data-testid='tracking-row']")).TextContent);
        using var ownerLater = await app.SignedInClientAsync(org.Owner);
        var dashboard = await ownerLater.OpenAsync("/Organization");
        Assert.Contains("2 open, 0 overdue", dashboard.TestId("overdue-commitments"));
    }

    [Fact]
    public async Task A_commitment_due_before_the_offer_existed_or_owned_by_someone_outside_the_organization_is_refused()
    {
        var (_, owner, staffPerson, staff) = await app.OrganizationWithStaffAsync();
        await app.DesignateAsync(owner);
        var caseId = (await staff.OpenCaseAsync(await staff.CreateAtlanticOfferAsync(app))).CaseId();
        var early = await staff.AddCommitmentAsync(caseId, staffPerson.FullName, app.Day(-1));
        Assert.Contains("cannot be due before the offer", early.ErrorFor("NewCommitment.DueOn"));
        Assert.Equal("Help the family find a three-bedroom rental near the school.", early.Document.QuerySelector("textarea[name='NewCommitment.Description']")!.TextContent);

        var stranger = await app.RegisterOrganizationAsync();
        var strangerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == stranger.Owner.Email).Select(u => u.Id).SingleAsync());
        var page = await staff.OpenAsync($"/Endorsements/Case?id={caseId}");
        var outside = await staff.SubmitAndFollowAsync(page, "[data-testid='commitment-form']", new()
        {
            ["NewCommitment.Kind"] = "Childcare", ["NewCommitment.OwnerUserId"] = strangerId.ToString(),
            ["NewCommitment.DueOn"] = app.Day(10), ["NewCommitment.Description"] = "Find a daycare place.",
        });
        Assert.Contains("among your organization's members", outside.ErrorFor("NewCommitment.OwnerUserId"));
        Assert.Equal(0, await app.WithDbAsync(db => db.SettlementCommitments.CountAsync(c => c.CaseId == caseId)));
    }

    [Fact]
    public async Task Another_organizations_case_and_commitment_answer_404()
    {
        var (_, owner, staffPerson, staff) = await app.OrganizationWithStaffAsync();
        await app.DesignateAsync(owner);
        var caseId = (await staff.OpenCaseAsync(await staff.CreateAtlanticOfferAsync(app))).CaseId();
        await staff.AddCommitmentAsync(caseId, staffPerson.FullName, app.Day(5));
        var commitment = await app.WithDbAsync(db => db.SettlementCommitments.Where(c => c.CaseId == caseId).Select(c => c.Id).SingleAsync());

        var other = await app.RegisterOrganizationAsync();
        using var intruder = await app.SignedInClientAsync(other.Owner);
        foreach (var url in new[] { $"/Endorsements/Case?id={caseId}", $"/Endorsements/Edit?id={caseId}", $"/Endorsements/Commitment?id={commitment}" })
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(url)).StatusCode);
        var token = (await intruder.OpenAsync("/Endorsements")).ValueOf("__RequestVerificationToken")!;
        foreach (var url in new[] { $"/Endorsements/Case?id={caseId}&handler=Commitment", $"/Endorsements/Case?id={caseId}&handler=Assessment",
                     $"/Endorsements/Commitment?id={commitment}", $"/Endorsements/Edit?id={caseId}" })
        {
            var post = await intruder.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Input.Status"] = "Done", ["Input.CandidateName"] = "x", ["AssessedOn"] = app.Day(),
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        var untouched = await app.WithDbAsync(db => db.SettlementCommitments.SingleAsync(c => c.Id == commitment));
        Assert.Equal(CommitmentStatus.Planned, untouched.Status);
        Assert.Empty((await intruder.OpenAsync("/Commitments")).Document.QuerySelectorAll("[data-testid='tracking-row']"));
    }

    [Fact]
    public async Task Script_in_free_text_is_shown_as_text_and_the_timeline_tells_the_workers_story()
    {
        const string script = "<script>alert('x')</script>";
        var (_, owner, staffPerson, staff) = await app.OrganizationWithStaffAsync();
        await app.DesignateAsync(owner);
        var offer = await staff.CreateAtlanticOfferAsync(app);
        var caseId = (await staff.OpenCaseAsync(offer, new() { ["Input.CandidateName"] = script, ["Input.FamilyNotes"] = script })).CaseId();
        await staff.CaseFormAsync(caseId, "assessment-form", new() { ["AssessedOn"] = app.Day(), ["AssessmentProvider"] = script });
        var page = await staff.AddCommitmentAsync(caseId, staffPerson.FullName, app.Day(5), description: script);
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
        Assert.Contains(script, page.Heading);
        Assert.Contains(script, page.TestId("commitments"));
        Assert.Contains(script, page.TestId("assessment"));

        var events = page.Document.QuerySelectorAll("[data-testid='timeline-event']").Select(e => e.GetAttribute("data-entity")).ToList();
        Assert.Equal("Offer", events[0]);
        Assert.Contains("EndorsementCase", events);
        Assert.Equal("SettlementCommitment", events[^1]);
        var tracking = await owner.OpenAsync("/Commitments");
        Assert.Empty(tracking.Document.QuerySelectorAll("main script"));
        Assert.Contains(script, tracking.TestId("tracking"));
    }
}

public sealed class EndorsingACandidateOnSqlite(SqlitePortal app) : EndorsingACandidate(app), IClassFixture<SqlitePortal>;
public sealed class EndorsingACandidateOnPostgres(PostgresPortal app) : EndorsingACandidate(app), IClassFixture<PostgresPortal>;
