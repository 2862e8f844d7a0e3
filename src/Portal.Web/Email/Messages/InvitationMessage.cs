using Microsoft.Extensions.Localization;

namespace Portal.Web.Email.Messages;

public sealed class InvitationMessage(string organizationName, string invitedBy, string roleName, string link, DateTime expiresAtUtc) : PortalEmail
{
    public override string Subject(IStringLocalizer l) => l["You are invited to join {0} on the Employer Compliance Portal", organizationName];

    private string Expiry => expiresAtUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    public override string Text(IStringLocalizer l) =>
        $"{l["{0} invited you to join {1} as {2}.", invitedBy, organizationName, roleName]}\n\n{l["Accept the invitation and choose your password:"]}\n{link}\n\n{l["The link works once and expires on {0}.", Expiry]}\n";

    public override string Html(IStringLocalizer l) => Layout(l, l["You are invited to join {0} on the Employer Compliance Portal", organizationName],
        $"<p>{E(l["{0} invited you to join {1} as {2}.", invitedBy, organizationName, roleName])}</p><p>{E(l["Accept the invitation and choose your password:"])}</p>" +
        Button(link, l["Accept the invitation"]) + $"<p>{E(l["The link works once and expires on {0}.", Expiry])}</p>");
}
