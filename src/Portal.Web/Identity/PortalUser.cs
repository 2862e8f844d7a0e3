using Microsoft.AspNetCore.Identity;

namespace Portal.Web.Identity;

/// <summary>A person who signs in: an organization member or a portal administrator.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = string.Empty;
    /// <summary>"en" or "fr": the language of the emails the portal sends this person.</summary>
    public string PreferredCulture { get; set; } = "en";
    public DateTime CreatedAtUtc { get; set; }
    /// <summary>
    /// The RFC 6238 time step (Unix time / 30 s) of the last authenticator code accepted: a code of that step or an
    /// earlier one is refused, so each code works once (RFC 6238 section 5.2). Written only by <see cref="OneTimeAuthenticatorTokenProvider"/>.
    /// </summary>
    public long? LastAuthenticatorTimeStep { get; set; }
}

public static class PortalRoles
{
    public const string EmployerOwner = nameof(EmployerOwner);
    public const string HrStaff = nameof(HrStaff);
    /// <summary>Portal staff (program officers); belongs to no organization.</summary>
    public const string Administrator = nameof(Administrator);

    /// <summary>Members of an organization, whatever their role.</summary>
    public const string Member = EmployerOwner + "," + HrStaff;
}

public static class PortalClaims
{
    public const string OrganizationId = "portal:org";
    public const string MembershipId = "portal:membership";
    public const string FullName = "portal:name";
    /// <summary>Present when the person's organization requires two-factor sign-in of its owners and HR staff.</summary>
    public const string TwoFactorRequired = "portal:2fa-required";
}
