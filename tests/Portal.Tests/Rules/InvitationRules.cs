using Portal.Web.Features.Organizations;

namespace Portal.Tests.Rules;

public sealed class InvitationRules
{
    private static readonly DateTime Sent = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static (Invitation Invitation, string Token) NewInvitation() =>
        Invitation.Create(Guid.NewGuid(), " hr@example.test ", MemberRole.HrStaff, Guid.NewGuid(), Sent);

    [Fact]
    public void It_is_pending_for_seven_days_and_expired_from_then_on()
    {
        var (invitation, _) = NewInvitation();
        Assert.Equal(Sent.AddDays(7), invitation.ExpiresAtUtc);
        Assert.Equal(InvitationState.Pending, invitation.StateAt(Sent.AddDays(7).AddTicks(-1)));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(Sent.AddDays(7)));
        Assert.Equal(InvitationState.Expired, invitation.Accept(Guid.NewGuid(), Sent.AddDays(8)));
        Assert.Null(invitation.AcceptedAtUtc);
    }

    [Fact]
    public void It_works_once()
    {
        var (invitation, _) = NewInvitation();
        var first = Guid.NewGuid();
        Assert.Equal(InvitationState.Accepted, invitation.Accept(first, Sent.AddDays(1)));
        Assert.Equal(InvitationState.Accepted, invitation.Accept(Guid.NewGuid(), Sent.AddDays(2)));
        Assert.Equal(first, invitation.AcceptedByUserId);
        Assert.Equal(Sent.AddDays(1), invitation.AcceptedAtUtc);
    }

    [Fact]
    public void A_withdrawn_invitation_cannot_be_accepted()
    {
        var (invitation, _) = NewInvitation();
        Assert.True(invitation.Revoke(Sent.AddHours(1)));
        Assert.Equal(InvitationState.Revoked, invitation.Accept(Guid.NewGuid(), Sent.AddHours(2)));
        Assert.False(invitation.Revoke(Sent.AddHours(3)));
    }

    [Fact]
    public void Only_the_token_from_the_link_matches_and_it_is_not_stored()
    {
        var (invitation, token) = NewInvitation();
        Assert.True(invitation.Matches(token));
        Assert.False(invitation.Matches(token[..^1] + (token[^1] == 'a' ? 'b' : 'a')));
        Assert.False(invitation.Matches(null));
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.Ordinal);
        Assert.Equal("hr@example.test", invitation.Email);
    }
}
