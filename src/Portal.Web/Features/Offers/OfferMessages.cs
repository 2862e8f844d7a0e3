using Microsoft.Extensions.Localization;

namespace Portal.Web.Features.Offers;

public static class OfferMessages
{
    /// <param name="values">What the sentence names: the fee in force and its currency for <see cref="OfferProblem.FeeAmountWrong"/>, the number for <see cref="OfferProblem.OfferNumberTaken"/>.</param>
    public static string Describe(OfferProblem problem, IStringLocalizer l, params object[] values) => problem switch
    {
        OfferProblem.WrongStep => l["That step is not the next one for this offer. The steps go: submit, record the fee, record the offer number, give the number to the worker."],
        OfferProblem.AttestationsMissing => l["Accept the seven attestations before submitting."],
        OfferProblem.NotEligible => l["The eligibility check failed: correct the offer before submitting it."],
        OfferProblem.NoFeeInForce => l["No compliance fee is set: ask an administrator."],
        OfferProblem.FeeAmountMissing => l["Enter the amount paid."],
        OfferProblem.FeeAmountWrong => values.Length == 2
            ? l["The compliance fee is {0} {1}: the amount must be exactly that.", values]
            : l["The amount must be the compliance fee in force."],
        OfferProblem.PaymentDateMissing => l["Enter the date of payment."],
        OfferProblem.FeeReferenceMissing => l["Enter the receipt or transaction reference."],
        OfferProblem.FeeReferenceTooLong => l["Use at most {0} characters.", Offer.FeeReferenceMaxLength],
        OfferProblem.ReasonTooLong => l["Use at most {0} characters.", Offer.ReasonMaxLength],
        OfferProblem.ExemptionReasonMissing => l["Say why the employer is exempt from the compliance fee."],
        OfferProblem.ExemptionProofMissing => l["Attach the proof of the exemption."],
        OfferProblem.OfferNumberFormat => l["An offer of employment number is the letter A followed by seven digits, such as A1234567."],
        OfferProblem.OfferNumberTaken => l["The offer number {0} is already recorded on another offer. Check it against IRCC's message.", values.FirstOrDefault() ?? ""],
        OfferProblem.GivenDateMissing => l["Enter the date the number was given to the worker."],
        OfferProblem.DateInFuture => l["The date cannot be in the future."],
        OfferProblem.WithdrawalReasonMissing => l["Say why the offer is withdrawn."],
        OfferProblem.WithdrawalNotConfirmed => l["Tick the box to confirm the withdrawal."],
        OfferProblem.NoFeeToRefund => l["No fee was paid for this offer, so there is nothing to refund."],
        OfferProblem.RefundNotRequested => l["Record the refund request first."],
        OfferProblem.DateBeforeRequest => l["The refund cannot arrive before it was requested."],
        OfferProblem.PermitOutcomeMissing => l["Choose IRCC's decision."],
        OfferProblem.DecisionDateMissing => l["Enter the date of the decision."],
        OfferProblem.PermitNumberMissing => l["Enter the work permit number, as printed on the permit."],
        OfferProblem.PermitNumberTooLong => l["Use at most {0} characters.", Offer.PermitNumberMaxLength],
        OfferProblem.PermitExpiryBeforeDecision => l["Enter the permit's expiry date, after the date of the decision."],
        OfferProblem.PermitNotApproved => l["Record the approved work permit first."],
        OfferProblem.FirstDayMissing => l["Enter the worker's first day of employment."],
        OfferProblem.DateBeforePermit => l["The first day cannot be before the permit was approved."],
        OfferProblem.NotEditable => l["This offer can no longer be edited: its number has been issued or it was withdrawn."],
        _ => l["This change is not possible."],
    };

    /// <summary>
    /// The one table from a step's problems to the field of <see cref="Steps.OfferStepInput"/> they are shown beside. A
    /// problem with no field (the step is not the next one, the offer fails its check) is shown above the offer instead.
    /// </summary>
    public static string? FieldOf(OfferProblem problem) => problem switch
    {
        OfferProblem.FeeAmountMissing or OfferProblem.FeeAmountWrong => nameof(Steps.OfferStepInput.Amount),
        OfferProblem.FeeReferenceMissing or OfferProblem.FeeReferenceTooLong => nameof(Steps.OfferStepInput.Reference),
        OfferProblem.ExemptionReasonMissing or OfferProblem.ReasonTooLong or OfferProblem.WithdrawalReasonMissing => nameof(Steps.OfferStepInput.Reason),
        OfferProblem.ExemptionProofMissing => nameof(Steps.OfferStepInput.File),
        OfferProblem.WithdrawalNotConfirmed => nameof(Steps.OfferStepInput.Confirmed),
        OfferProblem.OfferNumberFormat or OfferProblem.OfferNumberTaken
            or OfferProblem.PermitNumberMissing or OfferProblem.PermitNumberTooLong => nameof(Steps.OfferStepInput.Number),
        OfferProblem.PermitOutcomeMissing => nameof(Steps.OfferStepInput.Outcome),
        OfferProblem.PermitExpiryBeforeDecision => nameof(Steps.OfferStepInput.ExpiresOn),
        OfferProblem.PaymentDateMissing or OfferProblem.GivenDateMissing or OfferProblem.DecisionDateMissing or OfferProblem.FirstDayMissing
            or OfferProblem.DateInFuture or OfferProblem.DateBeforeRequest or OfferProblem.DateBeforePermit => nameof(Steps.OfferStepInput.Date),
        _ => null,
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
