using System.Security.Cryptography;
using System.Text;

namespace Portal.Web.Features.Organizations;

/// <summary>
/// An owner's invitation for a person to join the organization. The link carries a random token; only
/// its SHA-256 hash is stored. It works once and expires after <see cref="Lifetime"/>.
/// </summary>
public sealed class Invitation : IOrganizationOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation() { }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Email { get; private set; } = string.Empty;
    public MemberRole Role { get; private set; }
    public string TokenHash { get; private set; } = string.Empty;
    public Guid InvitedByUserId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? AcceptedAtUtc { get; private set; }
    public Guid? AcceptedByUserId { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }

    /// <summary>Creates the invitation and returns the token to put in the link (never stored).</summary>
    public static (Invitation Invitation, string Token) Create(
        Guid organizationId, string email, MemberRole role, Guid invitedByUserId, DateTime nowUtc)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Email = email.Trim(),
            Role = role,
            TokenHash = Hash(token),
            InvitedByUserId = invitedByUserId,
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + Lifetime,
        };
        return (invitation, token);
    }

    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    public InvitationState StateAt(DateTime nowUtc) =>
        AcceptedAtUtc is not null ? InvitationState.Accepted
        : RevokedAtUtc is not null ? InvitationState.Revoked
        : nowUtc >= ExpiresAtUtc ? InvitationState.Expired
        : InvitationState.Pending;

    public bool Matches(string? token) =>
        token is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(token)), Encoding.ASCII.GetBytes(TokenHash));

    public InvitationState Accept(Guid userId, DateTime nowUtc)
    {
        var state = StateAt(nowUtc);
        if (state != InvitationState.Pending) return state;
        AcceptedAtUtc = nowUtc;
        AcceptedByUserId = userId;
        return InvitationState.Accepted;
    }

    public bool Revoke(DateTime nowUtc)
    {
        if (StateAt(nowUtc) != InvitationState.Pending) return false;
        RevokedAtUtc = nowUtc;
        return true;
    }
}

public enum InvitationState
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}
