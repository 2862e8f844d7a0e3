using Microsoft.Extensions.Localization;

namespace Portal.Web.Email.Messages;

public sealed class ConfirmEmailMessage(string fullName, string link) : PortalEmail
{
    public override string Subject(IStringLocalizer l) => l["Confirm your email address"];

    public override string Text(IStringLocalizer l) =>
        $"{l["Hello {0},", fullName]}\n\n{l["Confirm your email address to finish registering with the Employer Compliance Portal:"]}\n{link}\n\n{l["If you did not register, ignore this email."]}\n";

    public override string Html(IStringLocalizer l) => Layout(l, l["Confirm your email address"],
        $"<p>{E(l["Hello {0},", fullName])}</p><p>{E(l["Confirm your email address to finish registering with the Employer Compliance Portal:"])}</p>" +
        Button(link, l["Confirm my email"]) + $"<p>{E(l["If you did not register, ignore this email."])}</p>");
}
