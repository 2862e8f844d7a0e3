using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;

namespace Portal.Tests.Rules;

public sealed class OfferSteps
{
    private static readonly DateTime Now = new(2026, 6, 1, 14, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);
    private static readonly Guid Hr = Guid.NewGuid();

    internal static OfferDetails Details(bool attested = true, string program = "C10") => new(
        "Okafor", "Chidi", new DateOnly(1990, 1, 1), "NGA", "A1234567", "w@example.test", false,
        "Engineer", "21231", "Builds software.", 60m, WageUnit.Hour, 37.5m, false, Today.AddMonths(1), Today.AddMonths(25),
        "Halifax", Province.NS, null, null, false, program, null, "Because.", attested, attested, attested, attested, attested, attested, attested);

    private static Offer Draft(bool attested = true) => Offer.CreateDraft(Guid.NewGuid(), Guid.NewGuid(), Details(attested), Hr, Now);

    [Fact]
    public void A_step_names_every_problem_of_what_it_was_given_at_once_and_changes_nothing()
    {
        var offer = Draft();
        offer.Submit(true, Today, Hr, Now);
        Assert.Equal([OfferProblem.FeeAmountMissing, OfferProblem.PaymentDateMissing, OfferProblem.FeeReferenceMissing],
            offer.RecordFee(null, 230m, null, " ", Today, Hr, Now));
        Assert.Equal([OfferProblem.FeeAmountWrong, OfferProblem.DateInFuture, OfferProblem.FeeReferenceTooLong],
            offer.RecordFee(23m, 230m, Today.AddDays(1), new string('R', Offer.FeeReferenceMaxLength + 1), Today, Hr, Now));
        Assert.Equal([OfferProblem.NoFeeInForce], offer.RecordFee(230m, null, Today, "R", Today, Hr, Now));
        Assert.Equal([OfferProblem.WithdrawalReasonMissing, OfferProblem.WithdrawalNotConfirmed], offer.Withdraw(" ", false, Hr, Now));
        Assert.Equal([OfferProblem.WithdrawalNotConfirmed], offer.Withdraw("The candidate declined.", false, Hr, Now));
        Assert.Equal((OfferStatus.Submitted, (decimal?)null, (string?)null), (offer.Status, offer.FeeAmount, offer.WithdrawalReason));
    }

    [Fact]
    public void Every_problem_is_shown_beside_a_field_of_the_step_form_except_those_about_the_offer_as_a_whole()
    {
        OfferProblem[] aboutTheOffer =
        [
            OfferProblem.WrongStep, OfferProblem.AttestationsMissing, OfferProblem.NotEligible, OfferProblem.NoFeeInForce,
            OfferProblem.NoFeeToRefund, OfferProblem.RefundNotRequested, OfferProblem.PermitNotApproved, OfferProblem.NotEditable,
        ];
        var fields = typeof(Portal.Web.Features.Offers.Steps.OfferStepInput).GetProperties().Select(p => p.Name).ToHashSet();
        foreach (var problem in Enum.GetValues<OfferProblem>())
        {
            var field = OfferMessages.FieldOf(problem);
            if (aboutTheOffer.Contains(problem)) Assert.Null(field);
            else Assert.True(field is not null && fields.Contains(field), $"{problem} is shown beside no field of the step form ({field}).");
        }
    }

    [Fact]
    public void The_steps_go_in_order_each_recording_who_and_when()
    {
        var offer = Draft();
        Assert.Empty(offer.Submit(eligible: true, Today, Hr, Now.AddMinutes(1)));
        Assert.Empty(offer.RecordFee(230m, 230m, Today, "R-1", Today, Hr, Now.AddMinutes(2)));
        Assert.Empty(offer.RecordOfferNumber("A1234567", false, Hr, Now.AddMinutes(3)));
        Assert.Empty(offer.RecordNumberGiven(Today, emailed: true, Today, Hr, Now.AddMinutes(4)));
        Assert.Equal(OfferStatus.NumberGiven, offer.Status);
        Assert.Equal((Now.AddMinutes(1), Hr), (offer.SubmittedAtUtc!.Value, offer.SubmittedByUserId!.Value));
        Assert.Equal(Now.AddMinutes(2), offer.FeeRecordedAtUtc);
        Assert.Equal(Now.AddMinutes(3), offer.NumberRecordedAtUtc);
        Assert.Equal(Now.AddMinutes(4), offer.NumberGivenAtUtc);
    }

    [Fact]
    public void No_step_can_be_skipped()
    {
        var offer = Draft();
        Assert.Equal([OfferProblem.WrongStep], offer.RecordFee(230m, 230m, Today, "R", Today, Hr, Now));
        Assert.Equal([OfferProblem.WrongStep], offer.RecordOfferNumber("A1234567", false, Hr, Now));
        Assert.Equal([OfferProblem.WrongStep], offer.RecordNumberGiven(Today, false, Today, Hr, Now));
        offer.Submit(true, Today, Hr, Now);
        Assert.Equal([OfferProblem.WrongStep], offer.Submit(true, Today, Hr, Now));
        Assert.Equal([OfferProblem.WrongStep], offer.RecordOfferNumber("A1234567", false, Hr, Now));
        Assert.Equal(OfferStatus.Submitted, offer.Status);
    }

    [Fact]
    public void Submission_needs_the_attestations_and_a_passed_check()
    {
        Assert.Equal([OfferProblem.AttestationsMissing], Draft(attested: false).Submit(true, Today, Hr, Now));
        Assert.Equal([OfferProblem.NotEligible], Draft().Submit(false, Today, Hr, Now));
    }

    [Theory]
    [InlineData(229.99)]
    [InlineData(230.01)]
    [InlineData(0)]
    [InlineData(-230)]
    public void The_fee_must_be_the_reference_fee(double amount)
    {
        var offer = Draft();
        offer.Submit(true, Today, Hr, Now);
        Assert.Equal([OfferProblem.FeeAmountWrong], offer.RecordFee((decimal)amount, 230m, Today, "R", Today, Hr, Now));
        Assert.Equal([OfferProblem.DateInFuture], offer.RecordFee(230m, 230m, Today.AddDays(1), "R", Today, Hr, Now));
        Assert.Equal(OfferStatus.Submitted, offer.Status);
    }

    [Fact]
    public void A_fee_exemption_needs_its_reason_and_its_proof()
    {
        var offer = Draft();
        offer.Submit(true, Today, Hr, Now);
        Assert.Equal([OfferProblem.ExemptionReasonMissing], offer.RecordFeeExemption(" ", true, Hr, Now));
        Assert.Equal([OfferProblem.ExemptionProofMissing], offer.RecordFeeExemption("Charitable organization", false, Hr, Now));
        Assert.Equal(OfferStatus.Submitted, offer.Status);
        Assert.Empty(offer.RecordFeeExemption(" Charitable organization ", true, Hr, Now));
        Assert.True(offer.FeeExempt);
        Assert.Equal("Charitable organization", offer.FeeExemptionReason);
        Assert.False(offer.FeePaid);
    }

    [Fact]
    public void Since_26_September_2022_the_employer_accepts_seven_attestations()
    {
        var four = Details() with { AttestWorkersRights = false, AttestHealthCare = false, AttestNoRecruiterFees = false };
        Assert.True(four.AllAttestedOn(new DateOnly(2022, 9, 25)));
        Assert.False(four.AllAttestedOn(new DateOnly(2022, 9, 26)));
        Assert.True(Details().AllAttestedOn(new DateOnly(2022, 9, 26)));
        foreach (var missing in new[] { four with { AttestWorkersRights = true, AttestHealthCare = true }, Details() with { AttestAgreement = false } })
            Assert.Equal([OfferProblem.AttestationsMissing], Offer.CreateDraft(Guid.NewGuid(), Guid.NewGuid(), missing, Hr, Now).Submit(true, Today, Hr, Now));
    }

    private static Offer Given()
    {
        var offer = Draft();
        offer.Submit(true, Today, Hr, Now);
        offer.RecordFee(230m, 230m, Today, "R", Today, Hr, Now);
        offer.RecordOfferNumber("A1234567", false, Hr, Now);
        offer.RecordNumberGiven(Today, false, Today, Hr, Now);
        return offer;
    }

    [Fact]
    public void A_withdrawn_offer_takes_no_first_day_even_on_an_approved_permit()
    {
        var offer = Given();
        Assert.Empty(offer.RecordPermitDecision(PermitOutcome.Approved, Today.AddDays(-10), "U123456789", Today.AddYears(2), Today, Hr, Now));
        Assert.Empty(offer.Withdraw("The worker did not come.", true, Hr, Now));
        Assert.Equal([OfferProblem.WrongStep], offer.RecordFirstDay(Today, Today, Hr, Now));
        Assert.Null(offer.FirstDayOfEmployment);
    }

    [Fact]
    public void After_the_number_the_permit_decision_and_the_first_day_start_six_years_of_record_keeping()
    {
        Assert.Equal([OfferProblem.WrongStep], Draft().RecordPermitDecision(PermitOutcome.Approved, Today, "U123456789", Today.AddYears(2), Today, Hr, Now));
        var offer = Given();
        Assert.Equal([OfferProblem.PermitNotApproved], offer.RecordFirstDay(Today, Today, Hr, Now));
        Assert.Equal([OfferProblem.PermitNumberMissing], offer.RecordPermitDecision(PermitOutcome.Approved, Today, " ", Today.AddYears(2), Today, Hr, Now));
        Assert.Equal([OfferProblem.PermitExpiryBeforeDecision], offer.RecordPermitDecision(PermitOutcome.Approved, Today, "U123456789", Today, Today, Hr, Now));
        Assert.Equal([OfferProblem.DateInFuture], offer.RecordPermitDecision(PermitOutcome.Approved, Today.AddDays(1), "U123456789", Today.AddYears(2), Today, Hr, Now));
        Assert.Empty(offer.RecordPermitDecision(PermitOutcome.Approved, Today.AddDays(-10), "u123456789", Today.AddYears(2), Today, Hr, Now));
        Assert.Equal(("U123456789", Today.AddYears(2)), (offer.PermitNumber, offer.PermitExpiresOn!.Value));
        Assert.Equal([OfferProblem.WrongStep], offer.RecordPermitDecision(PermitOutcome.Refused, Today, null, null, Today, Hr, Now));

        Assert.Equal([OfferProblem.DateBeforePermit], offer.RecordFirstDay(Today.AddDays(-11), Today, Hr, Now));
        Assert.Equal([OfferProblem.DateInFuture], offer.RecordFirstDay(Today.AddDays(1), Today, Hr, Now));
        Assert.Empty(offer.RecordFirstDay(new DateOnly(2026, 5, 25), Today, Hr, Now));
        Assert.Equal(new DateOnly(2032, 5, 25), offer.RecordsKeptUntil);
        Assert.False(offer.CanAskForRefund);
    }

    [Fact]
    public void A_refused_application_tracks_the_refund_of_its_fee_like_a_withdrawal()
    {
        var offer = Given();
        Assert.Equal([OfferProblem.WrongStep], offer.RequestRefund(Today, Today));
        Assert.Empty(offer.RecordPermitDecision(PermitOutcome.Refused, Today, null, null, Today, Hr, Now));
        Assert.Null(offer.PermitNumber);
        Assert.Empty(offer.RequestRefund(Today, Today));
        Assert.Empty(offer.RecordRefundReceived(Today, Today));
    }

    [Theory]
    [InlineData("A1234567", true)]
    [InlineData("A0000000", true)]
    [InlineData("a1234567", false)]
    [InlineData("A123456", false)]
    [InlineData("A12345678", false)]
    [InlineData("B1234567", false)]
    [InlineData(" A1234567", false)]
    [InlineData("A１２３４５６７", false)]
    public void The_offer_number_is_A_and_seven_digits(string number, bool valid) =>
        Assert.Equal(valid, Offer.IsValidOfferNumber(number));

    [Fact]
    public void A_withdrawn_offer_with_a_paid_fee_tracks_its_refund()
    {
        var offer = Draft();
        offer.Submit(true, Today, Hr, Now);
        offer.RecordFee(230m, 230m, Today, "R", Today, Hr, Now);
        Assert.Empty(offer.Withdraw("Declined", true, Hr, Now));
        Assert.Equal([OfferProblem.WrongStep], offer.Withdraw("again", true, Hr, Now));
        Assert.Equal([OfferProblem.RefundNotRequested], offer.RecordRefundReceived(Today, Today));
        Assert.Empty(offer.RequestRefund(Today.AddDays(-1), Today));
        Assert.Equal([OfferProblem.DateBeforeRequest], offer.RecordRefundReceived(Today.AddDays(-2), Today));
        Assert.Empty(offer.RecordRefundReceived(Today, Today));
        Assert.Equal([OfferProblem.WrongStep], offer.RecordRefundReceived(Today, Today));
    }

    [Fact]
    public void A_withdrawn_draft_has_no_fee_to_refund()
    {
        var offer = Draft();
        offer.Withdraw("Changed plans", true, Hr, Now);
        Assert.Equal([OfferProblem.NoFeeToRefund], offer.RequestRefund(Today, Today));
    }

    [Fact]
    public void Edits_after_submission_make_new_versions_and_stop_once_the_number_is_issued()
    {
        var offer = Draft();
        Assert.Null(offer.Edit(Details(), eligible: true, Now));
        Assert.Equal(1, offer.Version);
        offer.Submit(true, Today, Hr, Now);
        Assert.Null(offer.Edit(Details() with { Wage = 65m }, eligible: true, Now));
        Assert.Equal((2, 65m), (offer.Version, offer.Wage));
        offer.RecordFee(230m, 230m, Today, "R", Today, Hr, Now);
        offer.RecordOfferNumber("A7654321", false, Hr, Now);
        Assert.Equal(OfferProblem.NotEditable, offer.Edit(Details() with { Wage = 1m }, eligible: true, Now));
        Assert.Equal(65m, offer.Wage);
    }

    [Fact]
    public void A_submitted_offer_refuses_an_edit_that_fails_the_eligibility_check_and_a_draft_does_not()
    {
        var offer = Draft();
        Assert.Null(offer.Edit(Details() with { OccupationCode = "64100" }, eligible: false, Now));
        Assert.Equal("64100", offer.OccupationCode);
        offer.Edit(Details(), eligible: true, Now);
        offer.Submit(true, Today, Hr, Now);
        Assert.Equal(OfferProblem.NotEligible, offer.Edit(Details() with { OccupationCode = "64100", Wage = 70m }, eligible: false, Now));
        Assert.Equal(("21231", 1), (offer.OccupationCode, offer.Version));
        Assert.NotEqual(70m, offer.Wage);
    }

    [Fact]
    public void The_passport_number_is_kept_exactly_as_typed_but_for_surrounding_spaces()
    {
        var offer = Offer.CreateDraft(Guid.NewGuid(), Guid.NewGuid(), Details() with { PassportNumber = "  ab 12-3 " }, Hr, Now);
        Assert.Equal("ab 12-3", offer.PassportNumber);
    }
}
