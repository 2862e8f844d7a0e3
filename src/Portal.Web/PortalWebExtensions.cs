using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Portal.Web.Localization;
using Portal.Web.Security;

namespace Portal.Web;

public static class PortalWebExtensions
{
    /// <summary>Today's date (UTC) on the portal's clock, which tests move.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The clock every rule reads; tests replace it to move time.</summary>
    public static WebApplicationBuilder AddPortalClock(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>A rule of <see cref="PageAccess"/>: anyone, signed in or not.</summary>
    public const string Anyone = "(anyone)";

    /// <summary>
    /// Who may open each page: a page, or a folder and everything under it, and its rule (<see cref="Anyone"/> or one of
    /// <see cref="PortalPolicies"/>). Every page gets exactly one rule, the most specific that covers it: a page
    /// named here over its folder, a folder over the folder it is in. A page nothing covers gets none, so the fallback
    /// policy (signed in, with two factors where required) holds for it, and the tests' AnsweringEveryPage fails until it is added.
    /// </summary>
    public static readonly (string Path, string Rule)[] PageAccess =
    [
        ("/Index", Anyone),
        ("/Error", Anyone),
        ("/Status", Anyone),
        ("/Culture", Anyone),
        // The public account pages one by one, not the /Account folder, so that a new page there is not public by mistake.
        ("/Account/Login", Anyone),
        ("/Account/LoginWith2fa", Anyone),
        ("/Account/LoginWithRecoveryCode", Anyone),
        ("/Account/Logout", Anyone),
        ("/Account/Register", Anyone),
        ("/Account/RegisterConfirmation", Anyone),
        ("/Account/ConfirmEmail", Anyone),
        ("/Account/ResendConfirmation", Anyone),
        ("/Account/ForgotPassword", Anyone),
        ("/Account/ResetPassword", Anyone),
        ("/Account/AcceptInvitation", Anyone),
        ("/Account/AccessDenied", Anyone),
        ("/Account/ReminderLink", Anyone),
        ("/Account/Manage", PortalPolicies.SignedIn),
        ("/Organization", PortalPolicies.Member),
        ("/Organization/Edit", PortalPolicies.Owner),
        ("/Organization/History", PortalPolicies.Owner),
        ("/Organization/Members/Invite", PortalPolicies.Owner),
        ("/Organization/Members/Member", PortalPolicies.Owner),
        ("/Admin", PortalPolicies.Administrator),
        // Offers and documents: members act on their organization's; administrators read every organization's.
        ("/Offers", PortalPolicies.MemberOrAdministrator),
        ("/Offers/Edit", PortalPolicies.Member),
        ("/Offers/Steps", PortalPolicies.Member),
        ("/Documents", PortalPolicies.MemberOrAdministrator),
        ("/Atlantic/Designations", PortalPolicies.Member),
        ("/Atlantic/Designations/Edit", PortalPolicies.Owner),
        ("/Atlantic/Endorsements", PortalPolicies.Member),
        ("/Atlantic/Commitments", PortalPolicies.Member),
        ("/Atlantic/Admin", PortalPolicies.Administrator),
    ];

    /// <summary>
    /// Features whose pages sit in subfolders named after where they appear: a page there answers at its path under the
    /// feature's folder. The Atlantic Immigration Program's pages are at /Designations, /Endorsements, /Commitments and
    /// /Admin/Designations (the program's parts, as employers know them), its code in one folder.
    /// </summary>
    private static readonly string[] FeaturesByArea = ["Atlantic"];

    public static WebApplicationBuilder AddPortalPages(this WebApplicationBuilder builder)
    {
        // Not ASP.NET Core's AuthorizeFolder and AuthorizePage: on one page they add up (a folder's Member and a page's
        // Owner both apply), and an [AllowAnonymous] beside them wins over all of them.
        // Each feature's folder under Features/ holds its entity, rules and pages; a page's address is its path there.
        builder.Services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                foreach (var feature in FeaturesByArea)
                    o.Conventions.AddFolderRouteModelConvention("/" + feature, model =>
                    {
                        foreach (var selector in model.Selectors)
                            if (selector.AttributeRouteModel?.Template is { } template && template.StartsWith(feature + "/", StringComparison.Ordinal))
                                selector.AttributeRouteModel.Template = template[(feature.Length + 1)..];
                    });
                o.Conventions.Add(new PageAccessConvention());
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new RefuseNulInForms());
                // Numbers and dates in forms are read the same way whatever the page's language: browsers send
                // "230.00", never "230,00". Text stays as typed.
                var form = o.ValueProviderFactories.OfType<Microsoft.AspNetCore.Mvc.ModelBinding.FormValueProviderFactory>().Single();
                o.ValueProviderFactories[o.ValueProviderFactories.IndexOf(form)] = new InvariantFormValueProviderFactory();
            });

        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ReferenceData.ReferenceCache>();
        builder.Services.AddAntiforgery(o => PortalCookies.Apply(o.Cookie, PortalCookies.Antiforgery, builder.Environment));
        builder.Services.Configure<CookieTempDataProviderOptions>(o =>
            PortalCookies.Apply(o.Cookie, PortalCookies.TempData, builder.Environment));
        return builder;
    }

    public static WebApplication UsePortalErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Status", "?code={0}");
        return app;
    }

    private const string Policy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    // Hangfire's dashboard (1.8) has no inline script (its settings are data attributes read by its own script file) and
    // works under the policy above, but it colours job states with style attributes: without them the badge of a
    // recurring job's last run is grey whether it succeeded or failed. A nonce cannot allow a style attribute, and a
    // hash only per exact value with 'unsafe-hashes', so on the dashboard's paths only, inline styles are allowed;
    // scripts stay 'self', and img-src still keeps a style from loading anything from elsewhere.
    private const string DashboardPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(Features.Reminders.JobsDashboard.Path) ? DashboardPolicy : Policy;
            await next();
        });
        return app;
    }
}

/// <summary>Gives each page the one rule of <see cref="PortalWebExtensions.PageAccess"/> that covers it most closely.</summary>
internal sealed class PageAccessConvention : Microsoft.AspNetCore.Mvc.ApplicationModels.IPageApplicationModelConvention
{
    public void Apply(Microsoft.AspNetCore.Mvc.ApplicationModels.PageApplicationModel model)
    {
        var page = model.ViewEnginePath;
        var covering = PortalWebExtensions.PageAccess
            .Where(r => page == r.Path || page.StartsWith(r.Path + "/", StringComparison.Ordinal))
            .OrderByDescending(r => r.Path.Length)
            .Select(r => r.Rule)
            .FirstOrDefault();
        if (covering is null) return;
        model.EndpointMetadata.Add(covering switch
        {
            PortalWebExtensions.Anyone => new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute(),
            var policy => new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(policy),
        });
    }
}

/// <summary>The form value provider, reading numbers and dates with the invariant culture.</summary>
internal sealed class InvariantFormValueProviderFactory : Microsoft.AspNetCore.Mvc.ModelBinding.IValueProviderFactory
{
    public async Task CreateValueProviderAsync(Microsoft.AspNetCore.Mvc.ModelBinding.ValueProviderFactoryContext context)
    {
        var request = context.ActionContext.HttpContext.Request;
        if (!request.HasFormContentType) return;
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // As ASP.NET Core's own factory does: a form too large or cut off is a 400, not a 500.
            throw new Microsoft.AspNetCore.Mvc.ModelBinding.ValueProviderException(e.Message, e);
        }
        context.ValueProviders.Add(new Microsoft.AspNetCore.Mvc.ModelBinding.FormValueProvider(
            Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Form, form, System.Globalization.CultureInfo.InvariantCulture));
    }
}
