using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Security;

namespace Portal.Web.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>How often a session is checked against the account: a deactivated member is out within this.</summary>
    public static readonly TimeSpan SessionCheckInterval = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddPortalIdentity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddScoped<SecurityEvents>();
        var environment = builder.Environment;

        services.AddIdentity<PortalUser, IdentityRole<Guid>>(o =>
            {
                // OWASP ASVS 4.0 level 2, 2.1.1-2.1.9: length, not composition.
                o.Password.RequiredLength = PasswordRules.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider (same name, registered later): each code works once.
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddPasswordValidator<PasswordRules>()
            .AddErrorDescriber<LocalizedIdentityErrors>();

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(1));
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) =>
        {
            o.TimeProvider = clock;
            o.ValidationInterval = SessionCheckInterval;
            // Keep "signed in with two factors" across the periodic refresh of the cookie.
            o.OnRefreshingPrincipal = ctx =>
            {
                var amr = ctx.CurrentPrincipal?.FindFirst("amr");
                if (amr is not null && ctx.NewPrincipal?.Identity is ClaimsIdentity id && !id.HasClaim("amr", amr.Value))
                    id.AddClaim(new Claim("amr", amr.Value));
                return Task.CompletedTask;
            };
        });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            PortalCookies.Apply(o.Cookie, PortalCookies.Session, environment);
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Every request: the absolute lifetime and the security stamp (Sessions says why that and no more).
            o.Events.OnSigningIn = Sessions.OnSigningInAsync;
            o.Events.OnValidatePrincipal = Sessions.ValidatePrincipalAsync;
        });
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme,
            o => PortalCookies.Apply(o.Cookie, PortalCookies.TwoFactorSignIn, environment));
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme,
            o => PortalCookies.Apply(o.Cookie, PortalCookies.RememberedDevice, environment));
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ExternalScheme,
            o => PortalCookies.Apply(o.Cookie, PortalCookies.External, environment));

        // Keys for cookies and tokens live in the database, so sessions and signed links survive a restart and work on
        // every instance of the portal.
        services.AddDataProtection().SetApplicationName("employer-compliance-portal").PersistKeysToDbContext<PortalDbContext>();
        return builder;
    }
}

/// <summary>
/// Who must use two-factor sign-in: administrators always, and the owners and HR staff of an organization that requires
/// it (a claim in their session, refreshed with the rest every minute, so this costs no query). Until they sign in
/// with two factors, every page but the account pages sends them to set it up (a requirement of every policy,
/// <see cref="Security.PortalPolicies"/>).
/// </summary>
public static class RequiredTwoFactor
{
    public static bool Applies(ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.Administrator) || user.HasClaim(c => c.Type == PortalClaims.TwoFactorRequired);
}
