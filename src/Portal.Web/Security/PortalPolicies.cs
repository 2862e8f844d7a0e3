using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Portal.Web.Identity;

namespace Portal.Web.Security;

/// <summary>
/// Every authorization policy of the portal, by name, in one place. Pages get one each from their folder
/// (<see cref="PortalWebExtensions.PageAccess"/>); Hangfire's dashboard gets <see cref="Administrator"/>. Two-factor sign-in
/// is a requirement of every policy but <see cref="SignedIn"/> (the account pages where it is set up): an administrator,
/// or a member of an organization that requires it, who signed in with a password only is sent to set it up.
/// </summary>
public static class PortalPolicies
{
    /// <summary>An owner or HR staff member of an organization.</summary>
    public const string Member = "Member";
    /// <summary>An owner of an organization.</summary>
    public const string Owner = "Owner";
    /// <summary>A program administrator.</summary>
    public const string Administrator = "Administrator";
    /// <summary>A member (their organization's records) or an administrator (every organization's, to read).</summary>
    public const string MemberOrAdministrator = "MemberOrAdministrator";
    /// <summary>Anyone signed in, before two-factor sign-in is set up: the pages that set it up.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Where someone who must use two-factor sign-in and has not is sent.</summary>
    public const string TwoFactorSetup = "/Account/Manage/TwoFactor?required=true";

    public static WebApplicationBuilder AddPortalAuthorization(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IAuthorizationHandler, TwoFactorHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorSetupRedirect>();
        var twoFactor = new TwoFactorRequirement();
        var signedInWithTwoFactor = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(twoFactor).Build();
        builder.Services.AddAuthorizationBuilder()
            // [Authorize] without a policy, and any endpoint nobody gave a rule: signed in, with two factors where required.
            .SetDefaultPolicy(signedInWithTwoFactor)
            .SetFallbackPolicy(signedInWithTwoFactor)
            .AddPolicy(SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Member, p => p.RequireRole(PortalRoles.EmployerOwner, PortalRoles.HrStaff).RequireClaim(PortalClaims.OrganizationId).AddRequirements(twoFactor))
            .AddPolicy(Owner, p => p.RequireRole(PortalRoles.EmployerOwner).RequireClaim(PortalClaims.OrganizationId).AddRequirements(twoFactor))
            .AddPolicy(Administrator, p => p.RequireRole(PortalRoles.Administrator).AddRequirements(twoFactor))
            .AddPolicy(MemberOrAdministrator, p => p.RequireAssertion(c =>
                c.User.IsInRole(PortalRoles.Administrator)
                || ((c.User.IsInRole(PortalRoles.EmployerOwner) || c.User.IsInRole(PortalRoles.HrStaff)) && c.User.HasClaim(x => x.Type == PortalClaims.OrganizationId)))
                .AddRequirements(twoFactor));
        return builder;
    }

    /// <summary>Met by a session signed in with two factors, or by someone who need not use them.</summary>
    public sealed class TwoFactorRequirement : IAuthorizationRequirement;

    private sealed class TwoFactorHandler : AuthorizationHandler<TwoFactorRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
        {
            if (!RequiredTwoFactor.Applies(context.User) || context.User.HasClaim("amr", "mfa")) context.Succeed(requirement);
            return Task.CompletedTask;
        }
    }

    /// <summary>A request refused for want of the second factor goes to set it up, rather than to "access denied".</summary>
    private sealed class TwoFactorSetupRedirect : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler _default = new();

        public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
        {
            if (result.Forbidden && result.AuthorizationFailure?.FailedRequirements.OfType<TwoFactorRequirement>().Any() == true)
            {
                context.Response.Redirect(TwoFactorSetup);
                return Task.CompletedTask;
            }
            return _default.HandleAsync(next, context, policy, result);
        }
    }
}
