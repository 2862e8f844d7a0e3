using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Security;

/// <summary>
/// Transport and anti-automation: HTTPS only outside Development (HSTS, redirection, Secure __Host- cookies, https
/// links in emails), the reverse proxies whose forwarded headers are believed, and the rate limits of the account forms.
/// </summary>
public static class SecurityServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPortalSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityOptions>>(new ProblemsValidator<SecurityOptions>(SecurityOptions.Problems));
        services.AddOptions<TrustedProxyOptions>().BindConfiguration(TrustedProxyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustedProxyOptions>>(new ProblemsValidator<TrustedProxyOptions>(TrustedProxyOptions.Problems));
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>>(new ProblemsValidator<RateLimitOptions>(RateLimitOptions.Problems));
        services.AddSingleton<IValidateOptions<PortalOptions>, PublicBaseUrlIsHttps>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, ILoggerFactory>((o, limits, loggers) =>
            RateLimits.Configure(o, limits.Value, loggers));

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((o, trusted) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // ASP.NET Core trusts loopback by default; here only what the operator names (a proxy on the same machine
            // is named 127.0.0.1). With no limit on the entries, a chain of known proxies is walked back to the client.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            o.ForwardLimit = null;
            foreach (var proxy in trusted.Value.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in trusted.Value.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });

        // A year, as browsers' HSTS guidance asks (RFC 6797; OWASP ASVS 4.0, 14.4.5). Not preloaded: that is for the operator to decide per domain.
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>Believes X-Forwarded-For and X-Forwarded-Proto only from the proxies in ForwardedHeaders; first in the pipeline.</summary>
    public static WebApplication UsePortalForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TrustedProxyOptions>>().Value.Configured) app.UseForwardedHeaders();
        return app;
    }

    /// <summary>
    /// Outside Development: HSTS on every HTTPS answer, and plain HTTP redirected to HTTPS when the HTTPS port is known
    /// (Kestrel's own HTTPS endpoint, or the https_port setting behind a proxy). Development stays on http://localhost:5080.
    /// </summary>
    public static WebApplication UsePortalHttps(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return app;
        app.UseHsts();
        app.UseHttpsRedirection();
        // When the HTTPS port is not known (a proxy that sends no X-Forwarded-Proto, https_port unset), the redirection
        // above lets plain HTTP through, and a form page would fail: its Secure-only antiforgery cookie cannot be set over
        // HTTP. The public address is https (checked at start-up), so a reading is sent there and anything else refused;
        // /health stays reachable for a load balancer's plain-HTTP probe.
        var publicBase = app.Services.GetRequiredService<IOptions<Data.PortalOptions>>().Value.PublicBaseUrl.TrimEnd('/');
        app.Use(async (context, next) =>
        {
            if (context.Request.IsHttps || context.Request.Path.StartsWithSegments("/health"))
            {
                await next();
                return;
            }
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
                context.Response.Headers.Location = publicBase + context.Request.PathBase + context.Request.Path + context.Request.QueryString;
                return;
            }
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        });
        return app;
    }

}

/// <summary>
/// The portal's cookies. Outside Development each is Secure and named __Host-...: a browser then accepts it only from
/// HTTPS, for the whole site, set by this host and no sub-domain (RFC 6265bis, cookie prefixes; OWASP ASVS 4.0, 3.4.1,
/// 3.4.2 and 3.4.4). Development keeps plain names on http://localhost.
/// </summary>
public static class PortalCookies
{
    public const string Session = "portal.auth";
    public const string Antiforgery = "portal.af";
    public const string TwoFactorSignIn = "portal.2fa";
    public const string RememberedDevice = "portal.2fa-device";
    public const string External = "portal.external";
    public const string TempData = "portal.tempdata";

    public static void Apply(CookieBuilder cookie, string name, IHostEnvironment environment)
    {
        var httpsOnly = !environment.IsDevelopment();
        cookie.Name = httpsOnly ? "__Host-" + name : name;
        cookie.SecurePolicy = httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.Path = "/";
        cookie.Domain = null;
        cookie.HttpOnly = true;
    }
}

/// <summary>
/// Validates a settings section with its own Problems(), each naming the setting that is wrong, so a bad value stops the
/// portal at start-up with that message.
/// </summary>
internal sealed class ProblemsValidator<T>(Func<T, IEnumerable<string>> problems) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options) =>
        problems(options).ToList() is { Count: > 0 } found ? ValidateOptionsResult.Fail(found) : ValidateOptionsResult.Success;
}
