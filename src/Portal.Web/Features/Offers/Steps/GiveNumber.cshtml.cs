using System.Globalization;
using Portal.Web.Email;
using Portal.Web.Email.Messages;

namespace Portal.Web.Features.Offers.Steps;

/// <summary>Records the day the number was given to the worker, who needs it for the work-permit application; it can be emailed to them.</summary>
public sealed class GiveNumberModel(PortalEmails emails, OfferStepServices services) : OfferStepModel(services)
{
    public override bool IsNext => Offer.Status == OfferStatus.NumberReceived;

    protected override async Task<IReadOnlyList<OfferProblem>> TakeAsync(CancellationToken ct)
    {
        var problems = Offer.RecordNumberGiven(Input.Date, Input.EmailWorker, Today, Me, Now);
        Done = L["The offer number is recorded as given to the worker."];
        if (problems.Count == 0 && Input.EmailWorker)
        {
            // One email per offer and number, however many times the button is pressed: the outbox queues a key once.
            // An email the mail server did not take at once waits in the outbox, which keeps trying: the step stands.
            var sent = await emails.SendAsync(Offer.WorkerEmail, CultureInfo.CurrentUICulture.Name,
                new OfferNumberMessage(Offer.WorkerName, OrganizationName, Offer.JobTitle, Offer.OfferNumber!),
                $"{nameof(OfferNumberMessage)}:{Offer.Id:N}:{Offer.OfferNumber}", ct);
            if (!sent)
                Done = L["The offer number is recorded as given to the worker. The mail server did not take the email to the worker just now: it is queued and will be sent automatically."];
        }
        return problems;
    }
}
