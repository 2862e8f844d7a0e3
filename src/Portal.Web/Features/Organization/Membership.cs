namespace Portal.Web.Features.Organizations;

public enum MemberRole
{
    EmployerOwner = 1,
    HrStaff = 2,
}

/// <summary>
/// A person's place in exactly one organization (one membership per user, enforced by a unique index).
/// An organization always keeps at least one active owner, so it never loses access when one person leaves.
/// </summary>
public sealed class Membership : IOrganizationOwned
{
    private Membership() { }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid UserId { get; private set; }
    public MemberRole Role { get; private set; }
    public bool IsActive { get; private set; }
    public DateTime JoinedAtUtc { get; private set; }
    public DateTime? DeactivatedAtUtc { get; private set; }
    public Guid? DeactivatedByUserId { get; private set; }

    public static Membership Create(Guid organizationId, Guid userId, MemberRole role, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        OrganizationId = organizationId,
        UserId = userId,
        Role = role,
        IsActive = true,
        JoinedAtUtc = nowUtc,
    };

    /// <param name="otherActiveOwners">How many other active owners the organization has.</param>
    public MembershipChange Deactivate(Guid byUserId, int otherActiveOwners, DateTime nowUtc)
    {
        if (!IsActive) return MembershipChange.AlreadyInactive;
        if (byUserId == UserId) return MembershipChange.CannotChangeSelf;
        if (Role == MemberRole.EmployerOwner && otherActiveOwners == 0) return MembershipChange.WouldLeaveNoOwner;
        IsActive = false;
        DeactivatedAtUtc = nowUtc;
        DeactivatedByUserId = byUserId;
        return MembershipChange.Done;
    }

    public MembershipChange Reactivate()
    {
        if (IsActive) return MembershipChange.AlreadyActive;
        IsActive = true;
        DeactivatedAtUtc = null;
        DeactivatedByUserId = null;
        return MembershipChange.Done;
    }

    public MembershipChange MakeOwner()
    {
        if (!IsActive) return MembershipChange.AlreadyInactive;
        if (Role == MemberRole.EmployerOwner) return MembershipChange.AlreadyOwner;
        Role = MemberRole.EmployerOwner;
        return MembershipChange.Done;
    }

    /// <summary>An owner steps down to HR staff, e.g. after handing ownership to someone else.</summary>
    /// <param name="otherActiveOwners">How many other active owners the organization has.</param>
    public MembershipChange StepDownToHrStaff(int otherActiveOwners)
    {
        if (Role != MemberRole.EmployerOwner) return MembershipChange.NotOwner;
        if (otherActiveOwners == 0) return MembershipChange.WouldLeaveNoOwner;
        Role = MemberRole.HrStaff;
        return MembershipChange.Done;
    }
}

public enum MembershipChange
{
    Done,
    AlreadyInactive,
    AlreadyActive,
    AlreadyOwner,
    NotOwner,
    CannotChangeSelf,
    WouldLeaveNoOwner,
}
