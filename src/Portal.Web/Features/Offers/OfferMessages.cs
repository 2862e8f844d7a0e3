using Microsoft.Extensions.Localization;

namespace Portal.Web.Features.Offers;

public static class OfferMessages
{
    public static string Describe(OfferProblem problem, IStringLocalizer l) => problem switch
    {
        OfferProblem.WrongStep => l["That step is not the next one for this offer. The steps go: submit, record the fee, record the offer number, give the number to the worker."],
        OfferProblem.AttestationsMissing => l["Accept the seven attestations before submitting."],
        OfferProblem.NotEligible => l["The eligibility check failed: correct the offer before submitting it."],
        OfferProblem.FeeAmountWrong => l["The amount must be the compliance fee in force."],
        OfferProblem.FeeNotExempt => l["This program is not fee-exempt: record the fee payment."],
        OfferProblem.ExemptionProofMissing => l["Upload the proof of the exemption first."],
        OfferProblem.OfferNumberFormat => l["An offer of employment number is the letter A followed by seven digits, such as A1234567."],
        OfferProblem.DateInFuture => l["The date cannot be in the future."],
        OfferProblem.NoFeeToRefund => l["No fee was paid for this offer, so there is nothing to refund."],
        OfferProblem.RefundNotRequested => l["Record the refund request first."],
        OfferProblem.DateBeforeRequest => l["The refund cannot arrive before it was requested."],
        OfferProblem.ExemptionReasonMissing => l["Say why the employer is exempt from the compliance fee."],
        OfferProblem.PermitNumberMissing => l["Enter the work permit number, as printed on the permit."],
        OfferProblem.PermitExpiryBeforeDecision => l["Enter the permit's expiry date, after the date of the decision."],
        OfferProblem.PermitNotApproved => l["Record the approved work permit first."],
        OfferProblem.DateBeforePermit => l["The first day cannot be before the permit was approved."],
        OfferProblem.NotEditable => l["This offer can no longer be edited: its number has been issued or it was withdrawn."],
        _ => l["This change is not possible."],
    };

    public static string Status(OfferStatus status, IStringLocalizer l) => status switch
    {
        OfferStatus.Draft => l["Draft"],
        OfferStatus.Submitted => l["Submitted"],
        OfferStatus.FeeRecorded => l["Fee recorded"],
        OfferStatus.NumberReceived => l["Offer number received"],
        OfferStatus.NumberGiven => l["Number given to the worker"],
        OfferStatus.Withdrawn => l["Withdrawn"],
        _ => status.ToString(),
    };

    public static string Permit(PermitOutcome outcome, IStringLocalizer l) => outcome switch
    {
        PermitOutcome.Approved => l["Permit approved"],
        PermitOutcome.Refused => l["Application refused"],
        _ => l["Application withdrawn"],
    };

    public static string Unit(WageUnit unit, IStringLocalizer l) => unit switch
    {
        WageUnit.Hour => l["hour"],
        WageUnit.Week => l["week"],
        WageUnit.Month => l["month"],
        _ => l["year"],
    };
}
