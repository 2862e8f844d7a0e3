using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Features.Atlantic;

namespace Portal.Tests.Integration;

public abstract class ApplyingForDesignation(PortalApp app)
{
    [Fact]
    public async Task An_owner_saves_a_draft_submits_it_and_an_administrator_approves_it()
    {
        var (_, owner, _, staff) = await app.OrganizationWithStaffAsync();
        var draft = await owner.ApplyForDesignationAsync(app, submit: false, withCertificate: false);
        Assert.Equal("/Designations/Details", draft.Path);
        Assert.Equal("Draft", draft.TestId("application-status"));
        var id = draft.ApplicationId();

        // Submitting without the training certificate is refused next to the file field; the draft stays.
        var edit = await owner.OpenAsync($"/Designations/Edit?id={id}");
        Assert.Equal("Immigrant Services Association of Nova Scotia", edit.ValueOf("Input.ProviderName"));
        var refused = await owner.SubmitAndFollowAsync(edit, "[data-testid='designation-form']", new() { ["Intent"] = "submit" });
        Assert.Contains("Upload the training certificate", refused.ErrorFor("TrainingCertificate"));
        Assert.Equal(DesignationStatus.Draft, await StatusAsync(id));

        var submitted = await owner.SubmitWithFileAsync(refused, "[data-testid='designation-form']", new() { ["Intent"] = "submit" },
            "TrainingCertificate", "certificate.pdf", OfferJourneys.Pdf());
        Assert.Equal("Submitted for review", submitted.TestId("application-status"));
        Assert.Contains("certificate.pdf", submitted.TestId("documents"));

        // HR staff see the province's status but do not get the apply link.
        var forStaff = await staff.OpenAsync("/Designations");
        Assert.Equal("Submitted for review", forStaff.Document.QuerySelector("[data-testid='province-NS'] [data-testid='province-status']")!.TextContent);
        Assert.Null(forStaff.Document.QuerySelector("[data-testid='apply-NB']"));

        using var admin = await app.SignedInAdministratorAsync();
        var queue = await admin.OpenAsync("/Admin/Designations");
        Assert.Contains(queue.Document.QuerySelectorAll("[data-testid='queue-row'] a"), a => a.GetAttribute("href")!.EndsWith(id.ToString(), StringComparison.Ordinal));
        var review = await admin.OpenAsync($"/Admin/Designations/Review?id={id}");
        var certificate = review.Document.QuerySelector("[data-testid='documents'] a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(certificate)).StatusCode);
        Assert.NotEmpty(review.Document.QuerySelectorAll("[data-testid='history-row']"));

        var approved = await admin.DecideAsync(id, "approve-form", new() { ["DesignationNumber"] = "NS-2026-0042", ["ExpiresOn"] = app.Day(3 * 365) });
        Assert.Contains("designated in Nova Scotia", approved.TestId("status-message"));

        var mine = await owner.OpenAsync("/Designations");
        Assert.Equal("Designated", mine.Document.QuerySelector("[data-testid='province-NS'] [data-testid='province-status']")!.TextContent);
        Assert.Contains("NS-2026-0042", mine.Document.QuerySelector("[data-testid='province-NS']")!.TextContent);
        var details = await owner.OpenAsync($"/Designations/Details?id={id}");
        Assert.Equal("NS-2026-0042", details.TestId("designation-number"));
        var decided = await app.WithDbAsync(db => db.DesignationApplications.SingleAsync(a => a.Id == id));
        Assert.NotNull(decided.DecidedAtUtc);
        Assert.NotNull(decided.DecidedByUserId);
    }

    [Fact]
    public async Task Missing_provider_contact_and_training_are_refused_next_to_their_fields_and_what_was_typed_is_kept()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var page = await owner.ApplyForDesignationAsync(app, changes: new()
        {
            ["Input.ProviderContact"] = "",
            ["Input.TrainingCompletedBy"] = "",
            ["Input.TrainingCompletedOn"] = "",
        }, withCertificate: false);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("person you spoke to", page.ErrorFor("Input.ProviderContact"));
        Assert.Contains("completed the onboarding and intercultural competency training", page.ErrorFor("Input.TrainingCompletedBy"));
        Assert.Contains("completed the onboarding", page.ErrorFor("Input.TrainingCompletedOn"));
        Assert.Contains("Upload the training certificate", page.ErrorFor("TrainingCertificate"));
        Assert.Equal("Immigrant Services Association of Nova Scotia", page.ValueOf("Input.ProviderName"));
        // Kept as a draft, so nothing typed is lost.
        var saved = await app.WithDbAsync(db => db.DesignationApplications
            .Join(db.Organizations.Where(o => o.LegalName == org.LegalName), a => a.OrganizationId, o => o.Id, (a, _) => a).SingleAsync());
        Assert.Equal(DesignationStatus.Draft, saved.Status);
        Assert.Equal("Alex Owner", saved.RepresentativeName);
    }

    [Fact]
    public async Task A_province_outside_the_atlantic_is_refused()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var page = await owner.ApplyForDesignationAsync(app, province: "ON", changes: new() { ["Input.Province"] = "ON" });
        Assert.Contains("only for the Atlantic provinces", page.ErrorFor("Input.Province"));
        Assert.Equal(0, await CountAsync(org));
    }

    [Fact]
    public async Task Less_than_two_years_of_operation_gets_a_clear_reason()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var page = await owner.ApplyForDesignationAsync(app, changes: new() { ["Input.OperatingSince"] = app.Day(-400) });
        var error = page.ErrorFor("Input.OperatingSince");
        Assert.Contains("two years of continuous operation in Nova Scotia", error);
        Assert.Contains("13 months", error);
    }

    [Fact]
    public async Task A_second_open_application_for_the_same_province_is_refused()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        await owner.ApplyForDesignationAsync(app, submit: false);
        var second = await owner.ApplyForDesignationAsync(app);
        Assert.Contains("already has an open application for Nova Scotia", second.ErrorFor("Input.Province"));
        Assert.Equal(1, await CountAsync(org));
        // Another province is a separate designation.
        Assert.Equal("Submitted for review", (await owner.ApplyForDesignationAsync(app, "NB")).TestId("application-status"));
    }

    [Fact]
    public async Task Changes_asked_by_an_administrator_are_made_and_resubmitted_and_both_versions_are_kept()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = (await owner.ApplyForDesignationAsync(app)).ApplicationId();
        using var admin = await app.SignedInAdministratorAsync();
        await admin.DecideAsync(id, "changes-form", new() { ["ChangesNote"] = "Name the settlement provider's office in Halifax." });

        var details = await owner.OpenAsync($"/Designations/Details?id={id}");
        Assert.Equal("Changes requested", details.TestId("application-status"));
        Assert.Equal("Name the settlement provider's office in Halifax.", details.TestId("change-request"));
        var edit = await owner.OpenAsync($"/Designations/Edit?id={id}");
        Assert.Contains("Name the settlement provider's office", edit.TestId("changes-requested"));
        var resubmitted = await owner.SubmitAndFollowAsync(edit, "[data-testid='designation-form']", new()
        {
            ["Input.ProviderName"] = "ISANS Halifax office",
            ["Intent"] = "submit",
        });
        Assert.Equal("Submitted for review", resubmitted.TestId("application-status"));
        Assert.Contains("Version 2", resubmitted.Text);

        // The first version's provider is still in the history, beside the new one.
        var change = resubmitted.Document.QuerySelectorAll("[data-testid='history'] dt")
            .Where(dt => dt.TextContent == "ProviderName").Select(dt => dt.NextElementSibling!).Single(dd => dd.QuerySelector("del") is not null);
        Assert.Equal("Immigrant Services Association of Nova Scotia", change.QuerySelector("del")!.TextContent);
        Assert.Equal("ISANS Halifax office", change.QuerySelector("ins")!.TextContent);

        var approved = await admin.DecideAsync(id, "approve-form", new() { ["DesignationNumber"] = "NS-77" });
        Assert.Contains("designated in Nova Scotia", approved.TestId("status-message"));
    }

    [Fact]
    public async Task A_refusal_reason_is_shown_to_the_employer_who_can_apply_again()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = (await owner.ApplyForDesignationAsync(app, "PE")).ApplicationId();
        using var admin = await app.SignedInAdministratorAsync();
        var empty = await admin.DecideAsync(id, "refuse-form", new() { ["RefusalReason"] = " " });
        Assert.Contains("Say why", empty.ErrorFor("RefusalReason"));
        await admin.DecideAsync(id, "refuse-form", new() { ["RefusalReason"] = "The organization is not in good standing with the province." });

        var details = await owner.OpenAsync($"/Designations/Details?id={id}");
        Assert.Equal("Refused", details.TestId("application-status"));
        Assert.Equal("The organization is not in good standing with the province.", details.TestId("refusal-reason"));
        var list = await owner.OpenAsync("/Designations");
        Assert.NotNull(list.Document.QuerySelector("[data-testid='apply-PE']"));
    }

    [Fact]
    public async Task Hr_staff_cannot_apply_nor_decide_and_an_administrator_cannot_decide_a_draft()
    {
        var (_, owner, _, staff) = await app.OrganizationWithStaffAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.OpenAsync("/Designations/Edit?province=NS")).Status);
        var draftId = (await owner.ApplyForDesignationAsync(app, submit: false)).ApplicationId();

        // A crafted post to the review page from HR staff, with a valid antiforgery token of their own session.
        var own = await staff.OpenAsync("/Offers/Edit");
        var crafted = await staff.Http.PostAsync($"/Admin/Designations/Review?id={draftId}&handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = own.ValueOf("__RequestVerificationToken")!,
            ["DesignationNumber"] = "SELF-1",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.FollowAsync(crafted)).Status);

        using var admin = await app.SignedInAdministratorAsync();
        var review = await admin.OpenAsync($"/Admin/Designations/Review?id={draftId}");
        Assert.Contains("still a draft", review.TestId("no-decision"));
        Assert.Null(review.Document.QuerySelector("[data-testid='approve-form']"));
        var forced = await admin.Http.PostAsync($"/Admin/Designations/Review?id={draftId}&handler=Approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = review.ValueOf("__RequestVerificationToken")!,
            ["DesignationNumber"] = "NS-1",
        }));
        var answer = await admin.FollowAsync(forced);
        Assert.Contains("still a draft", answer.TestId("error-message"));
        Assert.Equal(DesignationStatus.Draft, await StatusAsync(draftId));
        Assert.Null(await app.WithDbAsync(db => db.DesignationApplications.Where(a => a.Id == draftId).Select(a => a.DesignationNumber).SingleAsync()));
    }

    [Fact]
    public async Task Another_organizations_application_and_its_documents_answer_404()
    {
        var a = await app.RegisterOrganizationAsync();
        using var ownerA = await app.SignedInClientAsync(a.Owner);
        var id = (await ownerA.ApplyForDesignationAsync(app)).ApplicationId();
        var document = await app.WithDbAsync(db => db.Documents.Where(d => d.OwnerId == id).Select(d => d.Id).SingleAsync());

        var b = await app.RegisterOrganizationAsync();
        using var ownerB = await app.SignedInClientAsync(b.Owner);
        Assert.Equal(HttpStatusCode.NotFound, (await ownerB.GetAsync($"/Designations/Details?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ownerB.GetAsync($"/Designations/Edit?id={id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ownerB.GetAsync($"/Documents/Download?id={document}")).StatusCode);
        var own = await ownerB.OpenAsync("/Designations/Edit?province=NS");
        var token = own.ValueOf("__RequestVerificationToken")!;
        foreach (var url in new[] { $"/Designations/Edit?id={id}", $"/Designations/Details?id={id}&handler=Withdraw" })
        {
            var post = await ownerB.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["ConfirmWithdrawal"] = "true", ["Input.ProviderName"] = "Hijacked", ["Intent"] = "submit",
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        var untouched = await app.WithDbAsync(db => db.DesignationApplications.SingleAsync(x => x.Id == id));
        Assert.Equal(DesignationStatus.Submitted, untouched.Status);
        Assert.Equal("Immigrant Services Association of Nova Scotia", untouched.ProviderName);
    }

    [Fact]
    public async Task Script_in_every_free_text_field_is_shown_as_text()
    {
        const string script = "<script>alert('x')</script>";
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var page = await owner.ApplyForDesignationAsync(app, changes: new()
        {
            ["Input.Locations"] = script, ["Input.ProviderName"] = script, ["Input.ProviderContact"] = script,
            ["Input.TrainingCompletedBy"] = script, ["Input.RepresentativeName"] = script, ["Input.RepresentativeTitle"] = script,
            ["Input.RepresentativePhone"] = "<b>1</b>",
        });
        Assert.Equal("Submitted for review", page.TestId("application-status"));
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
        Assert.Contains(script, page.TestId("provider"));
        using var admin = await app.SignedInAdministratorAsync();
        var review = await admin.OpenAsync($"/Admin/Designations/Review?id={page.ApplicationId()}");
        Assert.Empty(review.Document.QuerySelectorAll("main script"));
        Assert.Contains(script, review.TestId("provider"));
    }

    private Task<DesignationStatus> StatusAsync(Guid id) =>
        app.WithDbAsync(db => db.DesignationApplications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    private Task<int> CountAsync(Registration org) =>
        app.WithDbAsync(db => db.DesignationApplications.Join(db.Organizations.Where(o => o.LegalName == org.LegalName),
            a => a.OrganizationId, o => o.Id, (a, _) => a).CountAsync());
}

public sealed class ApplyingForDesignationOnSqlite(SqlitePortal app) : ApplyingForDesignation(app), IClassFixture<SqlitePortal>;
public sealed class ApplyingForDesignationOnPostgres(PostgresPortal app) : ApplyingForDesignation(app), IClassFixture<PostgresPortal>;
