using Microsoft.Extensions.Localization;

namespace Portal.Web.Email.Messages;

public sealed class ResetPasswordMessage(string fullName, string link) : PortalEmail
{
    public override string Subject(IStringLocalizer l) => l["Reset your password"];

    public override string Text(IStringLocalizer l) =>
        $"{l["Hello {0},", fullName]}\n\n{l["Someone asked to reset the password of your Employer Compliance Portal account. Choose a new password here:"]}\n{link}\n\n{l["If it was not you, ignore this email: your password stays as it is."]}\n";

    public override string Html(IStringLocalizer l) => Layout(l, l["Reset your password"],
        $"<p>{E(l["Hello {0},", fullName])}</p><p>{E(l["Someone asked to reset the password of your Employer Compliance Portal account. Choose a new password here:"])}</p>" +
        Button(link, l["Choose a new password"]) + $"<p>{E(l["If it was not you, ignore this email: your password stays as it is."])}</p>");
}
