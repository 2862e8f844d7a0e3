using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;

namespace Portal.Web.Identity;

/// <summary>
/// Identity's sign-in manager with the portal's rule: a member whose membership was deactivated cannot
/// sign in, and an existing session of theirs ends at the next security-stamp check (every minute).
/// </summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    PortalDbContext db)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PortalUser user) =>
        await base.CanSignInAsync(user) && await HasAccessAsync(user);

    public override async Task<PortalUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await HasAccessAsync(user) ? user : null;
    }

    /// <summary>Administrators have no membership; everyone else needs an active one.</summary>
    public async Task<bool> HasAccessAsync(PortalUser user)
    {
        if (await UserManager.IsInRoleAsync(user, PortalRoles.Administrator)) return true;
        return await db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .AnyAsync(m => m.UserId == user.Id && m.IsActive);
    }

    public async Task<bool> IsDeactivatedMemberAsync(PortalUser user) =>
        await db.Memberships.IgnoreQueryFilters().AsNoTracking().AnyAsync(m => m.UserId == user.Id && !m.IsActive);
}

/// <summary>Puts the person's organization, membership and organization role into their sign-in cookie.</summary>
public sealed class PortalClaimsFactory(
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options,
    PortalDbContext db)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        if (!identity.HasClaim(c => c.Type == ClaimTypes.Email) && user.Email is not null)
            identity.AddClaim(new Claim(ClaimTypes.Email, user.Email));
        var membership = await db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == user.Id && m.IsActive)
            .Select(m => new { m.Id, m.OrganizationId, m.Role })
            .FirstOrDefaultAsync();
        if (membership is not null)
        {
            identity.AddClaim(new Claim(PortalClaims.OrganizationId, membership.OrganizationId.ToString()));
            identity.AddClaim(new Claim(PortalClaims.MembershipId, membership.Id.ToString()));
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, membership.Role.ToString()));
        }
        return identity;
    }
}
