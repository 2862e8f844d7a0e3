using Portal.Web.Features.Organizations;

namespace Portal.Tests.Rules;

public sealed class MembershipRules
{
    private static readonly DateTime Now = new(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Org = Guid.NewGuid();

    [Fact]
    public void The_last_active_owner_cannot_be_deactivated()
    {
        var owner = Membership.Create(Org, Guid.NewGuid(), MemberRole.EmployerOwner, Now);
        Assert.Equal(MembershipChange.WouldLeaveNoOwner, owner.Deactivate(Guid.NewGuid(), otherActiveOwners: 0, Now));
        Assert.True(owner.IsActive);
        Assert.Equal(MembershipChange.Done, owner.Deactivate(Guid.NewGuid(), otherActiveOwners: 1, Now));
        Assert.False(owner.IsActive);
    }

    [Fact]
    public void Deactivation_records_who_and_when_and_can_be_undone()
    {
        var staff = Membership.Create(Org, Guid.NewGuid(), MemberRole.HrStaff, Now);
        var by = Guid.NewGuid();
        Assert.Equal(MembershipChange.Done, staff.Deactivate(by, 0, Now));
        Assert.Equal((by, Now), (staff.DeactivatedByUserId!.Value, staff.DeactivatedAtUtc!.Value));
        Assert.Equal(MembershipChange.AlreadyInactive, staff.Deactivate(by, 0, Now));
        Assert.Equal(MembershipChange.Done, staff.Reactivate());
        Assert.True(staff.IsActive);
        Assert.Null(staff.DeactivatedAtUtc);
    }

    [Fact]
    public void Nobody_deactivates_themselves()
    {
        var me = Guid.NewGuid();
        var mine = Membership.Create(Org, me, MemberRole.EmployerOwner, Now);
        Assert.Equal(MembershipChange.CannotChangeSelf, mine.Deactivate(me, otherActiveOwners: 3, Now));
    }

    [Fact]
    public void Ownership_is_handed_over_without_ever_leaving_no_owner()
    {
        var owner = Membership.Create(Org, Guid.NewGuid(), MemberRole.EmployerOwner, Now);
        var staff = Membership.Create(Org, Guid.NewGuid(), MemberRole.HrStaff, Now);
        Assert.Equal(MembershipChange.WouldLeaveNoOwner, owner.StepDownToHrStaff(otherActiveOwners: 0));
        Assert.Equal(MembershipChange.Done, staff.MakeOwner());
        Assert.Equal(MembershipChange.Done, owner.StepDownToHrStaff(otherActiveOwners: 1));
        Assert.Equal((MemberRole.HrStaff, MemberRole.EmployerOwner), (owner.Role, staff.Role));
        Assert.Equal(MembershipChange.AlreadyOwner, staff.MakeOwner());
        Assert.Equal(MembershipChange.NotOwner, owner.StepDownToHrStaff(1));
    }

    [Fact]
    public void A_deactivated_member_cannot_be_made_owner()
    {
        var staff = Membership.Create(Org, Guid.NewGuid(), MemberRole.HrStaff, Now);
        staff.Deactivate(Guid.NewGuid(), 0, Now);
        Assert.Equal(MembershipChange.AlreadyInactive, staff.MakeOwner());
        Assert.Equal(MemberRole.HrStaff, staff.Role);
    }
}
