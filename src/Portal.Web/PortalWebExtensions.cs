using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web;

public static class PortalWebExtensions
{
    /// <summary>The clock every rule reads; tests replace it to move time.</summary>
    public static WebApplicationBuilder AddPortalClock(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplicationBuilder AddPortalPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o =>
            {
                o.Conventions.AllowAnonymousToPage("/Index");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToPage("/Status");
                o.Conventions.AllowAnonymousToPage("/Culture");
                o.Conventions.AllowAnonymousToFolder("/Account");
                o.Conventions.AuthorizeFolder("/Account/Manage");
                o.Conventions.AuthorizeFolder("/Organization", "Member");
                o.Conventions.AuthorizeFolder("/Admin", "Administrator");
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("Member", p => p.RequireRole(PortalRoles.EmployerOwner, PortalRoles.HrStaff).RequireClaim(PortalClaims.OrganizationId))
            .AddPolicy("Owner", p => p.RequireRole(PortalRoles.EmployerOwner).RequireClaim(PortalClaims.OrganizationId))
            .AddPolicy("Administrator", p => p.RequireRole(PortalRoles.Administrator));
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "portal.af");
        return builder;
    }

    public static WebApplication UsePortalErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Status", "?code={0}");
        return app;
    }

    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
            await next();
        });
        return app;
    }
}
