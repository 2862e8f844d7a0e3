using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Organizations;

namespace Portal.Tests.Infrastructure;

/// <summary>What employers, HR staff and administrators do in the Atlantic program, named after their intent.</summary>
public static class AtlanticJourneys
{
    public static string Day(this PortalApp app, int offsetDays = 0) =>
        DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(offsetDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A complete application: operating for five years, provider contacted last month, training done.</summary>
    public static Dictionary<string, string> DesignationForm(PortalApp app, Dictionary<string, string>? changes = null)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Locations"] = "100 Water Street, Halifax NS B3H 1A1",
            ["Input.OperatingSince"] = app.Day(-5 * 365),
            ["Input.ProviderName"] = "Immigrant Services Association of Nova Scotia",
            ["Input.ProviderContact"] = "Jordan Lee, jordan.lee@isans.example, 902-555-0142",
            ["Input.ProviderContactedOn"] = app.Day(-30),
            ["Input.WelcomingWorkplace"] = "true",
            ["Input.TrainingCompletedBy"] = "Alex Owner",
            ["Input.TrainingCompletedOn"] = app.Day(-20),
            ["Input.RepresentativeName"] = "Alex Owner",
            ["Input.RepresentativeTitle"] = "Chief Executive Officer",
            ["Input.RepresentativeEmail"] = "alex.owner@example.test",
            ["Input.RepresentativePhone"] = "902-555-0100",
            ["Input.DeclarationAccepted"] = "true",
        };
        foreach (var (k, v) in changes ?? new Dictionary<string, string>()) form[k] = v;
        return form;
    }

    /// <summary>Opens the application form for a province and posts it, with the training certificate unless told not to.</summary>
    public static async Task<Page> ApplyForDesignationAsync(this PortalClient owner, PortalApp app, string province = "NS",
        Dictionary<string, string>? changes = null, bool submit = true, bool withCertificate = true)
    {
        var page = await owner.OpenAsync($"/Designations/Edit?province={province}");
        var form = DesignationForm(app, changes);
        form["Input.Province"] = changes?.GetValueOrDefault("Input.Province") ?? province;
        form["Intent"] = submit ? "submit" : "draft";
        return withCertificate
            ? await owner.SubmitWithFileAsync(page, "[data-testid='designation-form']", form, "TrainingCertificate", "intercultural training.pdf", OfferJourneys.Pdf())
            : await owner.SubmitAndFollowAsync(page, "[data-testid='designation-form']", form);
    }

    public static Guid ApplicationId(this Page page) => Guid.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!);

    /// <summary>An administrator posts one decision form of the review page.</summary>
    public static async Task<Page> DecideAsync(this PortalClient admin, Guid application, string formTestId, Dictionary<string, string> values)
    {
        var page = await admin.OpenAsync($"/Admin/Designations/Review?id={application}");
        return await admin.SubmitAndFollowAsync(page, $"[data-testid='{formTestId}']", values);
    }

    /// <summary>
    /// Makes the signed-in organization designated in a province without going through the review (the review itself is
    /// tried in ApplyingForDesignation): the owner applies through the form, and the application is approved in the database.
    /// </summary>
    public static async Task DesignateAsync(this PortalApp app, PortalClient owner, Province province = Province.NS)
    {
        var submitted = await owner.ApplyForDesignationAsync(app, province.ToString());
        var id = submitted.ApplicationId();
        await app.WithDbAsync(async db =>
        {
            var application = await db.DesignationApplications.SingleAsync(a => a.Id == id);
            var now = app.Clock.GetUtcNow().UtcDateTime;
            Assert.Null(application.Approve($"{province}-D-{Random.Shared.Next(1000, 9999)}", null, DateOnly.FromDateTime(now), Guid.NewGuid(), now));
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>An offer in Halifax under C18, supporting the Atlantic Immigration Program.</summary>
    public static Task<Guid> CreateAtlanticOfferAsync(this PortalClient member, PortalApp app) =>
        member.CreateOfferAsync(app, new() { ["Input.ProgramCode"] = "C18", ["Input.PathwayCode"] = "AIP" });

    /// <summary>Opens a case from an offer (the form comes filled from it) with the candidate's criteria met.</summary>
    public static async Task<Page> OpenCaseAsync(this PortalClient member, Guid? offer, Dictionary<string, string>? values = null)
    {
        var page = await member.OpenAsync(offer is null ? "/Endorsements/Edit" : $"/Endorsements/Edit?offer={offer}");
        var form = new Dictionary<string, string>
        {
            ["Input.Class"] = "HighSkilled",
            ["Input.LanguageTested"] = "true",
            ["Input.EducationMet"] = "true",
            ["Input.WorkExperienceMet"] = "true",
            ["Input.FamilyMembersComing"] = "3",
            ["Input.FamilyNotes"] = "Spouse and two children, aged 4 and 9.",
        };
        foreach (var (k, v) in values ?? new Dictionary<string, string>()) form[k] = v;
        return await member.SubmitAndFollowAsync(page, "[data-testid='case-form']", form);
    }

    public static Guid CaseId(this Page page) => Guid.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!);

    public static async Task<Page> CaseFormAsync(this PortalClient member, Guid caseId, string formTestId, Dictionary<string, string>? values = null)
    {
        var page = await member.OpenAsync($"/Endorsements/Case?id={caseId}");
        return await member.SubmitAndFollowAsync(page, $"[data-testid='{formTestId}']", values);
    }

    /// <summary>Adds a commitment on the case page with an owner chosen by name among the members.</summary>
    public static async Task<Page> AddCommitmentAsync(this PortalClient member, Guid caseId, string ownerName, string dueOn,
        string kind = "Housing", string description = "Help the family find a three-bedroom rental near the school.")
    {
        var page = await member.OpenAsync($"/Endorsements/Case?id={caseId}");
        var owner = page.Document.QuerySelectorAll("select[name='NewCommitment.OwnerUserId'] option")
            .First(o => o.TextContent.Trim() == ownerName).GetAttribute("value")!;
        return await member.SubmitAndFollowAsync(page, "[data-testid='commitment-form']", new()
        {
            ["NewCommitment.Kind"] = kind,
            ["NewCommitment.OwnerUserId"] = owner,
            ["NewCommitment.DueOn"] = dueOn,
            ["NewCommitment.Description"] = description,
        });
    }
}
