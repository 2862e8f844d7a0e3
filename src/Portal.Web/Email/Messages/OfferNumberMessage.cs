using Microsoft.Extensions.Localization;

namespace Portal.Web.Email.Messages;

/// <summary>Gives the worker the offer of employment number to put in their work-permit application (IRCC, International Mobility Program: Innovation Stream, offer of employment and employer compliance fee).</summary>
public sealed class OfferNumberMessage(string workerName, string employerName, string jobTitle, string offerNumber) : PortalEmail
{
    public override string Subject(IStringLocalizer l) => l["Your offer of employment number from {0}", employerName];

    public override string Text(IStringLocalizer l) =>
        $"{l["Hello {0},", workerName]}\n\n{l["{0} has submitted your offer of employment as {1}. Its offer of employment number is:", employerName, jobTitle]}\n\n    {offerNumber}\n\n{l["Enter this number in your work permit application, with your passport number and country of citizenship exactly as on your passport."]}\n";

    public override string Html(IStringLocalizer l) => Layout(l, l["Your offer of employment number from {0}", employerName],
        $"<p>{E(l["Hello {0},", workerName])}</p><p>{E(l["{0} has submitted your offer of employment as {1}. Its offer of employment number is:", employerName, jobTitle])}</p>" +
        $"<p style=\"font-size:24px;font-weight:bold;letter-spacing:2px\">{E(offerNumber)}</p><p>{E(l["Enter this number in your work permit application, with your passport number and country of citizenship exactly as on your passport."])}</p>");
}
