using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;

namespace Portal.Tests.Rules;

public sealed class DesignationRules
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly DateTime Now = new(2026, 11, 22, 15, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Admin = Guid.NewGuid();

    private static DesignationDetails Complete(DateOnly? since = null) => new(
        "1 Main St, Moncton", since ?? Today.AddYears(-3), "YMCA Newcomer Services", "Sam, 506-555-0100", Today.AddDays(-10), true,
        "Alex Owner", Today.AddDays(-5), "Alex Owner", "CEO", "alex@example.test", null, true);

    private static DesignationApplication Draft(DesignationDetails? details = null)
    {
        var (application, problem) = DesignationApplication.Start(Guid.NewGuid(), Province.NB, Owner, Now);
        Assert.Null(problem);
        Assert.Null(application!.Edit(details ?? Complete(), Now));
        return application;
    }

    [Theory]
    [InlineData(Province.ON)]
    [InlineData(Province.QC)]
    [InlineData(Province.AB)]
    public void Only_an_atlantic_province_can_be_applied_for(Province province) =>
        Assert.Equal(DesignationProblem.NotAtlantic, DesignationApplication.Start(Guid.NewGuid(), province, Owner, Now).Problem);

    [Fact]
    public void Two_years_of_operation_are_needed_to_the_day()
    {
        Assert.DoesNotContain(Draft(Complete(Today.AddYears(-2))).ProblemsForSubmission(Today, true), p => p.Field == "OperatingSince");
        var short1 = Draft(Complete(Today.AddYears(-2).AddDays(1)));
        Assert.Contains(("OperatingSince", DesignationProblem.OperationTooShort), short1.ProblemsForSubmission(Today, true));
        Assert.Equal(23, short1.MonthsOfOperation(Today));
        Assert.Equal(DesignationProblem.OperationTooShort, short1.Submit(Today, true, Owner, Now));
        Assert.Equal(DesignationStatus.Draft, short1.Status);
    }

    [Fact]
    public void Provider_contact_training_and_certificate_are_each_required_to_submit()
    {
        var a = Draft(Complete() with { ProviderContact = " ", TrainingCompletedBy = null, TrainingCompletedOn = null, DeclarationAccepted = false });
        var fields = a.ProblemsForSubmission(Today, trainingCertificateUploaded: false).Select(p => p.Field).ToList();
        Assert.Equal(["ProviderContact", "TrainingCompletedBy", "TrainingCompletedOn", "TrainingCertificate", "DeclarationAccepted"], fields);
    }

    [Fact]
    public void A_draft_cannot_be_decided_and_nobody_decides_their_own_application()
    {
        var a = Draft();
        Assert.Equal(DesignationProblem.DraftCannotBeDecided, a.Approve("NB-1", null, Today, Admin, Now));
        Assert.Equal(DesignationProblem.DraftCannotBeDecided, a.Refuse("no", Admin, Now));
        Assert.Null(a.Submit(Today, true, Owner, Now));
        Assert.Equal(DesignationProblem.OwnApplication, a.Approve("NB-1", null, Today, Owner, Now));
        Assert.Equal(DesignationProblem.ExpiryNotAfterToday, a.Approve("NB-1", Today, Today, Admin, Now));
        Assert.Null(a.Approve("NB-1", Today.AddYears(3), Today, Admin, Now));
        Assert.True(a.DesignatesOn(Today.AddYears(3)));
        Assert.False(a.DesignatesOn(Today.AddYears(3).AddDays(1)));
        Assert.Equal(DesignationProblem.WrongStep, a.Refuse("late", Admin, Now));
    }

    [Fact]
    public void Changes_requested_reopen_the_application_and_resubmitting_makes_a_new_version()
    {
        var a = Draft();
        Assert.Null(a.Submit(Today, true, Owner, Now));
        Assert.Equal(DesignationProblem.WrongStep, a.Edit(Complete(), Now));
        Assert.Equal(DesignationProblem.ReasonMissing, a.RequestChanges("  ", Admin, Now));
        Assert.Null(a.RequestChanges("Add the Saint John location.", Admin, Now));
        Assert.True(a.CanEdit);
        Assert.Null(a.Edit(Complete() with { Locations = "1 Main St, Moncton\n2 King St, Saint John" }, Now));
        Assert.Null(a.Submit(Today, true, Owner, Now));
        Assert.Equal(2, a.Version);
        Assert.Equal(DesignationStatus.Submitted, a.Status);
    }
}

public sealed class AnnexARules
{
    private static EndorsementCase Case(AipClass c, DateOnly? end, bool fullTime = true, bool experience = true)
    {
        var details = new CandidateDetails("Ana Lima", null, Province.NS, c, "21231", fullTime, new DateOnly(2027, 1, 4), end,
            true, true, experience, 0, null);
        return EndorsementCase.Open(Guid.NewGuid(), null, details, designated: true, Guid.NewGuid(), DateTime.UtcNow).Case!;
    }

    [Fact]
    public void A_case_needs_an_atlantic_province_where_the_organization_is_designated()
    {
        var details = new CandidateDetails("Ana", null, Province.NS, AipClass.HighSkilled, "21231", true, null, null, true, true, true, 0, null);
        Assert.Equal(EndorsementProblem.NotDesignated, EndorsementCase.Open(Guid.NewGuid(), null, details, false, Guid.NewGuid(), DateTime.UtcNow).Problem);
        Assert.Equal(EndorsementProblem.NotAtlantic, EndorsementCase.Open(Guid.NewGuid(), null, details with { Province = Province.BC }, true, Guid.NewGuid(), DateTime.UtcNow).Problem);
    }

    [Theory]
    [InlineData(AipClass.HighSkilled, 1, true)]
    [InlineData(AipClass.HighSkilled, 3, true)]
    [InlineData(AipClass.HighSkilled, 4, false)]
    [InlineData(AipClass.IntermediateSkilled, 4, true)]
    [InlineData(AipClass.IntermediateSkilled, 2, true)] // Annex A's job-offer row: NOC 0, A, B, C
    [InlineData(AipClass.IntermediateSkilled, 5, false)]
    [InlineData(AipClass.InternationalGraduate, 4, true)]
    [InlineData(AipClass.InternationalGraduate, 5, false)]
    public void Each_class_takes_its_teers(AipClass c, int teer, bool passes)
    {
        var first = AnnexA.Check(Case(c, null), "Some occupation", teer)[0];
        Assert.Equal(passes ? RuleOutcome.Passed : RuleOutcome.Failed, first.Outcome);
    }

    [Fact]
    public void Intermediate_skilled_needs_an_indeterminate_job_and_the_others_a_year()
    {
        Assert.Contains(AnnexA.Check(Case(AipClass.IntermediateSkilled, new DateOnly(2030, 1, 1)), "Cook", 4),
            r => r.Outcome == RuleOutcome.Failed && r.Message.Contains("indeterminate", StringComparison.Ordinal));
        // Starting 2027-01-04, one year ends on 2028-01-03 at the earliest.
        Assert.Contains(AnnexA.Check(Case(AipClass.HighSkilled, new DateOnly(2028, 1, 2)), "Engineer", 1),
            r => r.Outcome == RuleOutcome.Failed && r.Values.Contains(new DateOnly(2028, 1, 3)));
        Assert.DoesNotContain(AnnexA.Check(Case(AipClass.HighSkilled, new DateOnly(2028, 1, 3)), "Engineer", 1), r => r.Outcome == RuleOutcome.Failed);
        Assert.Contains(AnnexA.Check(Case(AipClass.HighSkilled, null, fullTime: false), "Engineer", 1), r => r.Outcome == RuleOutcome.Failed);
    }

    [Fact]
    public void Graduates_need_no_work_experience()
    {
        Assert.DoesNotContain(AnnexA.Check(Case(AipClass.InternationalGraduate, null, experience: false), "Engineer", 1), r => r.Outcome == RuleOutcome.Failed);
        Assert.Contains(AnnexA.Check(Case(AipClass.HighSkilled, null, experience: false), "Engineer", 1), r => r.Outcome == RuleOutcome.Failed);
    }
}

public sealed class CommitmentRules
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static EndorsementCase Case() => EndorsementCase.Open(Guid.NewGuid(), null,
        new CandidateDetails("Ana", null, Province.PE, AipClass.HighSkilled, "21231", true, null, null, true, true, true, 2, null),
        true, Guid.NewGuid(), DateTime.UtcNow).Case!;

    [Fact]
    public void Nothing_can_be_due_before_the_offer_existed()
    {
        var opened = new DateTime(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);
        var earliest = EndorsementCase.EarliestDueDate(opened, new DateTime(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc));
        Assert.Equal(new DateOnly(2026, 10, 1), earliest);
        Assert.Equal(CommitmentProblem.DueBeforeOffer,
            SettlementCommitment.Create(Case(), CommitmentKind.Housing, "Housing", Guid.NewGuid(), earliest.AddDays(-1), earliest, Guid.NewGuid(), DateTime.UtcNow).Problem);
        Assert.NotNull(SettlementCommitment.Create(Case(), CommitmentKind.Housing, "Housing", Guid.NewGuid(), earliest, earliest, Guid.NewGuid(), DateTime.UtcNow).Commitment);
    }

    [Fact]
    public void Not_needed_needs_a_reason_done_records_the_day_and_only_open_ones_are_overdue()
    {
        var c = SettlementCommitment.Create(Case(), CommitmentKind.Childcare, "Daycare", Guid.NewGuid(), Today.AddDays(-1), Today.AddDays(-30), Guid.NewGuid(), DateTime.UtcNow).Commitment!;
        Assert.True(c.IsOverdue(Today));
        Assert.False(c.IsOverdue(Today.AddDays(-1)));
        Assert.Equal(CommitmentProblem.ReasonMissing, c.Update("Daycare", c.OwnerUserId, c.DueOn, CommitmentStatus.NotNeeded, " ", null, null, Today.AddDays(-30), Today, DateTime.UtcNow));
        Assert.Equal(CommitmentProblem.DateInFuture, c.Update("Daycare", c.OwnerUserId, c.DueOn, CommitmentStatus.Done, null, null, Today.AddDays(1), Today.AddDays(-30), Today, DateTime.UtcNow));
        Assert.Null(c.Update("Daycare", c.OwnerUserId, c.DueOn, CommitmentStatus.Done, null, "Place found.", null, Today.AddDays(-30), Today, DateTime.UtcNow));
        Assert.Equal(Today, c.CompletedOn);
        Assert.False(c.IsOverdue(Today));
    }
}
