using System.Net;
using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Security;

/// <summary>Settings under "Security".</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// A session ends this many hours after signing in, however active (OWASP ASVS 4.0, 3.3.2 level 2: sign in again
    /// at least every 12 hours). The sliding idle expiry of 8 hours still applies inside it.
    /// </summary>
    public int AbsoluteSessionHours { get; set; } = 12;

    internal static IEnumerable<string> Problems(SecurityOptions o)
    {
        if (o.AbsoluteSessionHours is < 1 or > 24 * 30)
            yield return $"Security:AbsoluteSessionHours must be from 1 to 720 hours (it is {o.AbsoluteSessionHours}).";
    }
}

/// <summary>
/// Settings under "ForwardedHeaders": the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto the portal
/// believes. With none (the default), those headers are ignored: anyone can send them, and believing them would let a
/// client pick its own address for the rate limits and the audit trail.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of the proxies in front of the portal, e.g. "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool Configured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    internal static IEnumerable<string> Problems(TrustedProxyOptions o)
    {
        foreach (var proxy in o.KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return $"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.";
        foreach (var network in o.KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
            yield return $"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation (such as 10.0.0.0/24).";
    }
}

/// <summary>Outside Development, every link in an email must lead to HTTPS: an http:// link would send a reset token in clear.</summary>
internal sealed class PublicBaseUrlIsHttps(IHostEnvironment environment) : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options) =>
        environment.IsDevelopment()
        || (Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Portal:PublicBaseUrl must be an https:// address outside Development (it is '{options.PublicBaseUrl}').");
}
