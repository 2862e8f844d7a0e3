using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Documents;

namespace Portal.Tests.Integration;

public abstract class KeepingOfferDocuments(PortalApp app)
{
    [Fact]
    public async Task A_pdf_png_or_jpeg_is_kept_with_the_offer_and_downloads_unchanged()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app);
        var pdf = OfferJourneys.Pdf(5000);
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4 };
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 5, 6, 7, 8 };
        await owner.UploadAsync(id, "signed letter.pdf", pdf);
        await owner.UploadAsync(id, "receipt.png", png, "FeeReceipt", "image/png");
        var page = await owner.UploadAsync(id, "agreement.jpeg", jpeg, "EmploymentAgreement", "image/jpeg");
        var links = page.Document.QuerySelectorAll("[data-testid='document-link']").ToList();
        Assert.Equal(["signed letter.pdf", "receipt.png", "agreement.jpg"], links.Select(a => a.TextContent));

        var response = await owner.GetAsync(links[0].GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);

        // Stored outside wwwroot under a generated name.
        var orgId = await app.WithDbAsync(db => db.Offers.Where(o => o.Id == id).Select(o => o.OrganizationId).SingleAsync());
        var stored = Directory.GetFiles(Path.Combine(app.DataDirectory, "documents", orgId.ToString("N")));
        Assert.Equal(3, stored.Length);
        Assert.All(stored, f => Assert.Matches("^[0-9a-f]{32}$", Path.GetFileName(f)));
    }

    [Fact]
    public async Task A_file_whose_row_cannot_be_saved_is_not_kept()
    {
        var store = app.Services.GetRequiredService<DocumentStore>();
        var nobody = Guid.NewGuid(); // no such organization: the row breaks its foreign key and the save fails
        var pdf = OfferJourneys.Pdf(2000);
        var path = await app.WithDbAsync(async db =>
        {
            var upload = new FormFile(new MemoryStream(pdf), 0, pdf.Length, "Upload", "plan.pdf");
            var (document, problem) = await DocumentUploads.AddAsync(db, store, upload, nobody, DocumentOwner.EndorsementCase, Guid.NewGuid(),
                DocumentKind.SettlementPlan, Guid.NewGuid(), DateTime.UtcNow, CancellationToken.None);
            Assert.Null(problem);
            var kept = store.PathOf(nobody, document!.StoredName);
            Assert.True(File.Exists(kept), "The bytes are kept before the row is saved.");
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            return kept;
        });
        Assert.False(File.Exists(path), "The file of a row that was never saved is removed.");
    }

    [Theory]
    [InlineData("empty.pdf", 0, "empty")]
    [InlineData("huge.pdf", 11 * 1024 * 1024, "larger than 10 MB")]
    [InlineData("setup.pdf", -1, "Only PDF, PNG and JPEG")]
    [InlineData("notes.txt", -2, "Only PDF, PNG and JPEG")]
    public async Task An_empty_oversized_or_disguised_file_is_refused(string name, int size, string message)
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app);
        var bytes = size switch
        {
            -1 => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], // an .exe ("MZ") renamed .pdf
            -2 => "just some text"u8.ToArray(),
            0 => [],
            _ => OfferJourneys.Pdf(size),
        };
        var page = await owner.UploadAsync(id, name, bytes);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.ErrorFor("Input.File"));
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid='document-link']"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Documents.CountAsync(d => d.OwnerId == id)));
    }

    [Theory]
    [InlineData("TrainingCertificate", "Choose one of the kinds of document listed")] // a kind of another owner's: a designation application's
    [InlineData("99", "is invalid")] // no kind at all
    public async Task A_kind_of_document_the_offer_does_not_keep_is_refused(string kind, string message)
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app);
        var page = await owner.UploadAsync(id, "certificate.pdf", OfferJourneys.Pdf(), kind);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.ErrorFor("Input.Kind"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Documents.CountAsync(d => d.OwnerId == id)));
        var orgId = await app.WithDbAsync(db => db.Offers.Where(o => o.Id == id).Select(o => o.OrganizationId).SingleAsync());
        Assert.False(Directory.Exists(Path.Combine(app.DataDirectory, "documents", orgId.ToString("N"))), "No file is kept for a refused kind.");
    }

    [Fact]
    public async Task A_file_name_with_a_path_is_kept_as_its_last_part_only()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app);
        var page = await owner.UploadAsync(id, "../../../etc/passwd.pdf", OfferJourneys.Pdf());
        var link = Assert.Single(page.Document.QuerySelectorAll("[data-testid='document-link']"));
        Assert.Equal("passwd.pdf", link.TextContent);
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "..", "etc", "passwd.pdf")));
        var response = await owner.GetAsync(link.GetAttribute("href")!);
        Assert.Equal("passwd.pdf", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }
}

public sealed class KeepingOfferDocumentsOnSqlite(SqlitePortal app) : KeepingOfferDocuments(app), IClassFixture<SqlitePortal>;
public sealed class KeepingOfferDocumentsOnPostgres(PostgresPortal app) : KeepingOfferDocuments(app), IClassFixture<PostgresPortal>;

/// <summary>Organization A tries every page, post and download of organization B's offer: each answers 404.</summary>
public abstract class OfferIsolation(PortalApp app)
{
    [Fact]
    public async Task Another_organizations_offer_is_not_found_for_reads_posts_and_downloads()
    {
        var orgA = await app.RegisterOrganizationAsync();
        var orgB = await app.RegisterOrganizationAsync();
        using var a = await app.SignedInClientAsync(orgA.Owner);
        using var b = await app.SignedInClientAsync(orgB.Owner);
        var offerB = await b.CreateOfferAsync(app, new() { ["Input.WorkerFamilyName"] = "Bsecret" });
        var page = await b.UploadAsync(offerB, "b.pdf", OfferJourneys.Pdf());
        var download = page.Document.QuerySelector("[data-testid='document-link']")!.GetAttribute("href")!;
        await a.CreateOfferAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/Offers/Details?id={offerB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/Offers/Edit?id={offerB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(download)).StatusCode);
        foreach (var step in new[] { "Submit", "RecordFee", "RecordFeeExemption", "RecordNumber", "GiveNumber", "RecordPermit", "RecordFirstDay", "Withdraw", "RequestRefund", "RecordRefund", "Upload" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"/Offers/Steps/{step}?id={offerB}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await a.PostStepAsync(offerB, step, new() { ["Input.Reason"] = "x", ["Input.Confirmed"] = "true" })).StatusCode);
        }
        var editForm = await a.OpenAsync("/Offers/Edit");
        var edit = await a.Http.PostAsync($"/Offers/Edit?id={offerB}", new FormUrlEncodedContent(
            OfferJourneys.OfferForm(app, new() { ["__RequestVerificationToken"] = editForm.ValueOf("__RequestVerificationToken")! })));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);

        var list = await a.OpenAsync("/Offers");
        Assert.Equal("1 offers", list.TestId("offer-count"));
        Assert.DoesNotContain("Bsecret", list.Text);
        var csv = await (await a.GetAsync("/Offers?handler=Csv")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Bsecret", csv);
        Assert.Contains("Okafor", csv);
        var dashboard = await a.OpenAsync("/Organization");
        Assert.Equal("1", dashboard.TestId("count-Draft")); // its own draft; B's is not counted
        Assert.Equal("0", dashboard.TestId("count-Submitted"));

        var status = await app.WithDbAsync(db => db.Offers.Where(o => o.Id == offerB).Select(o => o.Status).SingleAsync());
        Assert.Equal(Portal.Web.Features.Offers.OfferStatus.Draft, status);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync(download)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_for_every_offer_page()
    {
        var org = await app.RegisterOrganizationAsync();
        using var owner = await app.SignedInClientAsync(org.Owner);
        var id = await owner.CreateOfferAsync(app);
        using var anonymous = app.NewClient();
        foreach (var url in new[] { "/Offers", $"/Offers/Details?id={id}", "/Offers/Edit", "/Offers?handler=Csv", $"/Offers/Steps/Submit?id={id}", $"/Offers/Steps/Upload?id={id}" })
            Assert.Equal("/Account/Login", (await anonymous.GetAsync(url)).Headers.Location!.AbsolutePath);
    }
}

public sealed class OfferIsolationOnSqlite(SqlitePortal app) : OfferIsolation(app), IClassFixture<SqlitePortal>;
public sealed class OfferIsolationOnPostgres(PostgresPortal app) : OfferIsolation(app), IClassFixture<PostgresPortal>;
