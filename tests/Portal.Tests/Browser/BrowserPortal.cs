using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;

namespace Portal.Tests.Browser;

/// <summary>
/// The portal on real Kestrel (a loopback port, HTTPS with a certificate made for the run, as the portal serves only
/// HTTPS outside Development) and Debian's Chromium driven by Playwright. One per journey class; the journeys run on
/// SQLite and on PostgreSQL.
/// </summary>
public abstract class BrowserPortal : PortalApp
{
    private IPlaywright? _playwright;
    private readonly X509Certificate2 _certificate = SelfSignedCertificate();

    public int Port { get; } = FreePort();
    public override string PublicBaseUrl => $"https://127.0.0.1:{Port}";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots of the journeys are kept for a person to look at.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        UseKestrel(o => o.Listen(IPAddress.Loopback, Port, listen => listen.UseHttps(_certificate)));
        // HTTP helpers (NewClient) talk to the same Kestrel server as the browser.
        ClientOptions.BaseAddress = new Uri(PublicBaseUrl);
        StartServer();
        if (!File.Exists("/usr/bin/chromium"))
            throw new InvalidOperationException("Chromium is not installed at /usr/bin/chromium. Run tests/run.sh, which installs Debian's chromium.");
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(15_000); // 5 s by default: short for a page posted while other tests load both cores
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh browser profile: one person.</summary>
    public async Task<IPage> NewPersonAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = PublicBaseUrl,
            // axe-core is injected as an inline script, which the portal's CSP rightly forbids.
            BypassCSP = true,
            // The run's own certificate, which no authority signed.
            IgnoreHTTPSErrors = true,
        });
        // Generous: the suite runs test classes in parallel on two cores, and a wait only lasts this long when it fails.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        _pages.Add(page);
        return page;
    }

    /// <summary>HTTP helpers over the same Kestrel server, trusting the run's certificate and no other.</summary>
    public override PortalClient NewClient(string? fromAddress = null)
    {
        var cookies = new CookieContainer();
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString() == _certificate.GetCertHashString();
        var http = new HttpClient(handler) { BaseAddress = ClientOptions.BaseAddress };
        if (fromAddress is not null) http.DefaultRequestHeaders.Add(PeerAddressHeader, fromAddress);
        return new PortalClient(http, cookies);
    }

    /// <summary>A person signed in through the login form.</summary>
    public async Task<IPage> SignedInPersonAsync(Person person)
    {
        var page = await NewPersonAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Work email").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync(person.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sign-out")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>A new administrator who sets a password and two-factor sign-in, signed in.</summary>
    public async Task<IPage> SignedInAdministratorPageAsync()
    {
        const string password = "north star compass rose";
        var (email, link) = await this.CreateAdministratorAsync();
        var page = await NewPersonAsync();
        await page.GotoAsync(link);
        await page.GetByLabel("New password").FillAsync(password);
        await page.GetByLabel("Confirm password").FillAsync(password);
        await page.GetByTestId("reset-submit").ClickAsync();
        await page.GetByLabel("Work email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.GetByTestId("begin-2fa").ClickAsync();
        var key = await page.GetByTestId("authenticator-key").GetAttributeAsync("data-key");
        await page.GetByLabel("Authenticator code").FillAsync(Totp.Code(key!, Clock.GetUtcNow()));
        await page.GetByTestId("enable-2fa").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-codes")).ToBeVisibleAsync();
        return page;
    }

    private readonly List<IPage> _pages = [];

    public override async ValueTask DisposeAsync()
    {
        // Where each person's browser was at the end: after a failure, the page it stopped on (with its error message).
        for (var i = 0; i < _pages.Count; i++)
        {
            try { await _pages[i].ScreenshotAsync($"last-{Provider}-{Port}-{i + 1}"); }
            catch (PlaywrightException) { } // the page or its browser is already closed
        }
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        _certificate.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false)); // server authentication
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        // Kestrel on Linux needs the private key in a form it can load: a PKCS#12 round trip gives it that.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class SqliteBrowserPortal : BrowserPortal
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresBrowserPortal : BrowserPortal
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public static class Accessibility
{
    private static readonly string AxeScript = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Browser", "axe.min.js"));

    /// <summary>Runs axe-core on the page and fails on any serious or critical violation, naming it.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = AxeScript });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
            }
            """);
        var list = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(list.Count == 0, $"Accessibility violations on {page.Url}:\n{string.Join("\n", list)}");
    }

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserPortal.Screenshots, name + ".png"), FullPage = true });
}
