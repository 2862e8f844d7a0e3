using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;

namespace Portal.Tests.Infrastructure;

/// <summary>What members do with offers of employment, named after their intent.</summary>
public static class OfferJourneys
{
    /// <summary>A valid offer under C10 for a software engineer (TEER 1) in Halifax, starting in two months.</summary>
    public static Dictionary<string, string> OfferForm(PortalApp app, Dictionary<string, string>? changes = null)
    {
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        var form = new Dictionary<string, string>
        {
            ["Input.WorkerFamilyName"] = "Okafor",
            ["Input.WorkerGivenNames"] = "Chidi Emeka",
            ["Input.WorkerDateOfBirth"] = "1992-04-17",
            ["Input.WorkerCitizenship"] = "NGA",
            ["Input.PassportNumber"] = "A12345678",
            ["Input.WorkerEmail"] = Journeys.NewEmail("worker"),
            ["Input.JobTitle"] = "Senior Software Engineer",
            ["Input.OccupationCode"] = "21231",
            ["Input.MainDuties"] = "Designs, develops and tests the scheduling platform's back-end services; reviews code; mentors two junior engineers; works with product managers on the roadmap.",
            ["Input.Wage"] = "62.50",
            ["Input.WageUnit"] = "Hour",
            ["Input.HoursPerWeek"] = "37.5",
            ["Input.StartDate"] = today.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.EndDate"] = today.AddMonths(2).AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Location1City"] = "Halifax",
            ["Input.Location1Province"] = "NS",
            ["Input.ProgramCode"] = "C10",
            ["Input.ExemptionExplanation"] = "The worker leads a platform rewrite that brings significant economic benefit to Canada.",
            ["Input.AttestAgreement"] = "true",
            ["Input.AttestNoFees"] = "true",
            ["Input.AttestSameConditions"] = "true",
            ["Input.AttestAbuseFree"] = "true",
            ["Input.AttestWorkersRights"] = "true",
            ["Input.AttestHealthCare"] = "true",
            ["Input.AttestNoRecruiterFees"] = "true",
        };
        foreach (var (k, v) in changes ?? new Dictionary<string, string>()) form[k] = v;
        return form;
    }

    /// <summary>Fills the new-offer form and saves it as a draft; returns the page the portal answered with.</summary>
    public static async Task<Page> SaveOfferAsync(this PortalClient member, PortalApp app, Dictionary<string, string>? changes = null)
    {
        var page = await member.OpenAsync("/Offers/Edit");
        return await member.SubmitAndFollowAsync(page, "[data-testid='offer-form']", OfferForm(app, changes));
    }

    public static Guid OfferId(this Page page) => Guid.Parse(System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["id"]!);

    /// <summary>Creates a draft and returns its id.</summary>
    public static async Task<Guid> CreateOfferAsync(this PortalClient member, PortalApp app, Dictionary<string, string>? changes = null)
    {
        var page = await member.SaveOfferAsync(app, changes);
        Assert.Equal("/Offers/Details", page.Path);
        return page.OfferId();
    }

    /// <summary>Submits a form of the offer's page (by its data-testid) and returns where the portal lands.</summary>
    public static async Task<Page> StepAsync(this PortalClient member, Guid offer, string formTestId, Dictionary<string, string>? values = null)
    {
        var page = await member.OpenAsync($"/Offers/Details?id={offer}");
        return await member.SubmitAndFollowAsync(page, $"[data-testid='{formTestId}']", values);
    }

    public static Task<Page> SubmitOfferAsync(this PortalClient member, Guid offer) => member.StepAsync(offer, "submit-form");

    public static Task<Page> RecordFeeAsync(this PortalClient member, PortalApp app, Guid offer, string amount = "230.00") =>
        member.StepAsync(offer, "fee-form", new()
        {
            ["Input.Amount"] = amount,
            ["Input.Date"] = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.Reference"] = "IRCC-PAY-" + Random.Shared.Next(100000, 999999),
        });

    public static Task<Page> RecordNumberAsync(this PortalClient member, Guid offer, string number) =>
        member.StepAsync(offer, "number-form", new() { ["Input.Number"] = number });

    public static string NewOfferNumber() => "A" + Random.Shared.Next(0, 9_999_999).ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Posts an offer's step page (<c>/Offers/Steps/{step}</c>) directly with a valid antiforgery token, as a crafted request would.</summary>
    public static async Task<HttpResponseMessage> PostStepAsync(this PortalClient member, Guid offer, string step, Dictionary<string, string>? values = null)
    {
        var own = await member.OpenAsync("/Offers/Edit");
        var fields = new Dictionary<string, string>(values ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = own.ValueOf("__RequestVerificationToken")! };
        return await member.Http.PostAsync($"/Offers/Steps/{step}?id={offer}", new FormUrlEncodedContent(fields));
    }

    /// <summary>Uploads a file to an offer as the browser's file input would.</summary>
    public static async Task<Page> UploadAsync(this PortalClient member, Guid offer, string fileName, byte[] bytes, string kind = "SignedOfferLetter", string contentType = "application/pdf")
    {
        var page = await member.OpenAsync($"/Offers/Details?id={offer}");
        var token = page.Document.QuerySelector("[data-testid='upload-form'] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "Input.Kind" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "Input.File", fileName);
        return await member.FollowAsync(await member.Http.PostAsync($"/Offers/Steps/Upload?id={offer}", content));
    }

    /// <summary>
    /// Records an organization's business number on a participating employer of the Innovation Stream, as an administrator
    /// does on the reference data page, for tests about what comes after the eligibility check.
    /// </summary>
    public static Task RecordParticipatingEmployerAsync(this PortalApp app, string employer, string businessNumber) =>
        app.WithDbAsync(async db =>
        {
            var participating = await db.ParticipatingEmployers.SingleAsync(e => e.ProgramCode == "C88" && e.Name == employer);
            Assert.Null(participating.RecordBusinessNumber(businessNumber));
            return await db.SaveChangesAsync();
        });

    public static byte[] Pdf(int size = 2048)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        for (var i = 9; i < size; i++) bytes[i] = (byte)('a' + i % 26);
        return bytes;
    }

    public static string Status(this Page page) => page.TestId("offer-status") ?? "";

    public static void AssertStatus(this Page page, string expected)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(expected, page.Status());
    }
}
