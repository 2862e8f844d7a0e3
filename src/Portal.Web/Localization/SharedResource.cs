using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Portal.Web.Localization;

/// <summary>
/// Marker for the portal's one resource set. Keys are the English text, so English needs no
/// translation file and a missing French string shows in English rather than as a key.
/// </summary>
public sealed class SharedResource;

public static class SupportedCultures
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");
    public static readonly IReadOnlyList<CultureInfo> All = [English, French];

    public static CultureInfo Resolve(string? name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name?.Split('-')[0], StringComparison.OrdinalIgnoreCase)) ?? English;
}

public static class LocalizationServiceCollectionExtensions
{
    public static WebApplicationBuilder AddPortalLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures.English);
            o.SupportedCultures = [.. SupportedCultures.All];
            o.SupportedUICultures = [.. SupportedCultures.All];
            // The header's language switch writes the cookie; a browser's Accept-Language is the fallback.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return builder;
    }
}
