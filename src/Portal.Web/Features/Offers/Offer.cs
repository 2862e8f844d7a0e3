using System.Text.RegularExpressions;
using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Offers;

/// <summary>
/// Where an offer of employment stands [004, DOMAIN]: draft -> submitted -> fee recorded -> offer number
/// received -> number given to the worker; it can be withdrawn on the way. No step can be skipped.
/// </summary>
public enum OfferStatus
{
    Draft = 1,
    Submitted = 2,
    FeeRecorded = 3,
    NumberReceived = 4,
    NumberGiven = 5,
    Withdrawn = 6,
}

public enum WageUnit
{
    Hour = 1,
    Week = 2,
    Month = 3,
    Year = 4,
}

/// <summary>Why an offer refused a step; the page turns it into a sentence.</summary>
public enum OfferProblem
{
    WrongStep,
    AttestationsMissing,
    NotEligible,
    FeeAmountWrong,
    ExemptionProofMissing,
    OfferNumberFormat,
    DateInFuture,
    NoFeeToRefund,
    RefundNotRequested,
    DateBeforeRequest,
    NotEditable,
    ExemptionReasonMissing,
    PermitNumberMissing,
    PermitExpiryBeforeDecision,
    PermitNotApproved,
    DateBeforePermit,
    NoFeeInForce,
    FeeAmountMissing,
    PaymentDateMissing,
    FeeReferenceMissing,
    FeeReferenceTooLong,
    ReasonTooLong,
    OfferNumberTaken,
    GivenDateMissing,
    WithdrawalReasonMissing,
    WithdrawalNotConfirmed,
    PermitOutcomeMissing,
    DecisionDateMissing,
    PermitNumberTooLong,
    FirstDayMissing,
}

/// <summary>How IRCC decided the worker's work-permit application.</summary>
public enum PermitOutcome
{
    Approved = 1,
    Refused = 2,
    /// <summary>The worker withdrew the application.</summary>
    Withdrawn = 3,
}

/// <summary>What the employer types into an offer: the worker, the job, the program.</summary>
public sealed record OfferDetails(
    string WorkerFamilyName, string WorkerGivenNames, DateOnly WorkerDateOfBirth, string WorkerCitizenship,
    string PassportNumber, string WorkerEmail, bool WorkerInsideCanada,
    string JobTitle, string OccupationCode, string MainDuties, decimal Wage, WageUnit WageUnit, decimal HoursPerWeek,
    bool Seasonal, DateOnly StartDate, DateOnly? EndDate,
    string Location1City, Province Location1Province, string? Location2City, Province? Location2Province, bool MoreLocations,
    string ProgramCode, string? PathwayCode, string ExemptionExplanation,
    bool AttestAgreement, bool AttestNoFees, bool AttestSameConditions, bool AttestAbuseFree,
    bool AttestWorkersRights, bool AttestHealthCare, bool AttestNoRecruiterFees)
{
    /// <summary>
    /// The employer's attestations in force on a day (IRCC, offer of employment to a foreign national exempt from an LMIA):
    /// four until 2022-09-25, seven from 2022-09-26 (information on workers' rights given on or before the first day,
    /// reasonable efforts to give access to health care when injured or ill at work, no recruiter charging the worker).
    /// </summary>
    public bool AllAttestedOn(DateOnly day) =>
        AttestAgreement && AttestNoFees && AttestSameConditions && AttestAbuseFree
        && (day < SevenAttestationsFrom || (AttestWorkersRights && AttestHealthCare && AttestNoRecruiterFees));

    public static readonly DateOnly SevenAttestationsFrom = new(2022, 9, 26);
}

public sealed partial class Offer : IOrganizationOwned
{
    public const string Currency = "CAD";

    private Offer() { }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    /// <summary>The id of the form that created the offer: a second post of the same form finds this offer instead of making another.</summary>
    public Guid CreationToken { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid CreatedByUserId { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    /// <summary>1 while a draft; each edit after submission makes a new version (the earlier one is in the audit trail).</summary>
    public int Version { get; private set; }
    public OfferStatus Status { get; private set; }

    public string WorkerFamilyName { get; private set; } = string.Empty;
    public string WorkerGivenNames { get; private set; } = string.Empty;
    public DateOnly WorkerDateOfBirth { get; private set; }
    public string WorkerCitizenship { get; private set; } = string.Empty;
    /// <summary>Exactly as printed on the passport: the worker's application is matched on it.</summary>
    public string PassportNumber { get; private set; } = string.Empty;
    public string WorkerEmail { get; private set; } = string.Empty;
    public bool WorkerInsideCanada { get; private set; }

    public string JobTitle { get; private set; } = string.Empty;
    public string OccupationCode { get; private set; } = string.Empty;
    public string MainDuties { get; private set; } = string.Empty;
    public decimal Wage { get; private set; }
    public WageUnit WageUnit { get; private set; }
    public decimal HoursPerWeek { get; private set; }
    public bool Seasonal { get; private set; }
    public DateOnly StartDate { get; private set; }
    /// <summary>Null when the job is indeterminate (permanent).</summary>
    public DateOnly? EndDate { get; private set; }
    public string Location1City { get; private set; } = string.Empty;
    public Province Location1Province { get; private set; }
    public string? Location2City { get; private set; }
    public Province? Location2Province { get; private set; }
    public bool MoreLocations { get; private set; }
    /// <summary>The IRCC exemption code the offer is submitted under.</summary>
    public string ProgramCode { get; private set; } = string.Empty;
    /// <summary>The provincial or permanent-residence pathway the employer also supports, if any.</summary>
    public string? PathwayCode { get; private set; }
    public string ExemptionExplanation { get; private set; } = string.Empty;
    public bool AttestAgreement { get; private set; }
    public bool AttestNoFees { get; private set; }
    public bool AttestSameConditions { get; private set; }
    public bool AttestAbuseFree { get; private set; }
    public bool AttestWorkersRights { get; private set; }
    public bool AttestHealthCare { get; private set; }
    public bool AttestNoRecruiterFees { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }
    public Guid? SubmittedByUserId { get; private set; }
    public decimal? FeeAmount { get; private set; }
    public DateOnly? FeePaidOn { get; private set; }
    public string? FeeReference { get; private set; }
    public bool FeeExempt { get; private set; }
    /// <summary>Why the employer is exempt from the fee; the proof is a document of the offer.</summary>
    public string? FeeExemptionReason { get; private set; }
    public DateTime? FeeRecordedAtUtc { get; private set; }
    public Guid? FeeRecordedByUserId { get; private set; }
    public string? OfferNumber { get; private set; }
    public DateTime? NumberRecordedAtUtc { get; private set; }
    public Guid? NumberRecordedByUserId { get; private set; }
    public DateOnly? NumberGivenOn { get; private set; }
    public DateTime? NumberGivenAtUtc { get; private set; }
    public Guid? NumberGivenByUserId { get; private set; }
    public bool NumberEmailedToWorker { get; private set; }
    public DateTime? WithdrawnAtUtc { get; private set; }
    public Guid? WithdrawnByUserId { get; private set; }
    public string? WithdrawalReason { get; private set; }
    /// <summary>A refund of the fee after withdrawal can take from 8 weeks to a year: tracked (IRCC, Employer Portal: offer of employment).</summary>
    public DateOnly? RefundRequestedOn { get; private set; }
    public DateOnly? RefundReceivedOn { get; private set; }

    /// <summary>How IRCC decided the worker's work-permit application, once the number was given.</summary>
    public PermitOutcome? PermitOutcome { get; private set; }
    public DateOnly? PermitDecidedOn { get; private set; }
    public string? PermitNumber { get; private set; }
    /// <summary>The permit's expiry, which drives the renewal reminders (not the offer's end date).</summary>
    public DateOnly? PermitExpiresOn { get; private set; }
    public DateTime? PermitRecordedAtUtc { get; private set; }
    public Guid? PermitRecordedByUserId { get; private set; }
    /// <summary>The worker's first day of employment: the six years of record keeping run from it.</summary>
    public DateOnly? FirstDayOfEmployment { get; private set; }
    public DateTime? FirstDayRecordedAtUtc { get; private set; }
    public Guid? FirstDayRecordedByUserId { get; private set; }

    /// <summary>
    /// An employer can be inspected from the worker's first day up to six years later and keeps the records until then
    /// (IRCC, employer compliance inspections).
    /// </summary>
    public DateOnly? RecordsKeptUntil => FirstDayOfEmployment?.AddYears(6);

    public string WorkerName => $"{WorkerGivenNames} {WorkerFamilyName}";
    public bool Indeterminate => EndDate is null;

    public static Offer CreateDraft(Guid organizationId, Guid creationToken, OfferDetails details, Guid userId, DateTime nowUtc)
    {
        var offer = new Offer
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            CreationToken = creationToken,
            CreatedAtUtc = nowUtc,
            CreatedByUserId = userId,
            Status = OfferStatus.Draft,
            Version = 1,
        };
        offer.Apply(details, nowUtc);
        return offer;
    }

    /// <summary>
    /// Changes the details. A draft is checked when it is submitted; a submitted offer stays eligible through every edit,
    /// so <paramref name="eligible"/> is the eligibility check of the new details. Once the number is received the offer is
    /// what IRCC holds: no more edits.
    /// </summary>
    public OfferProblem? Edit(OfferDetails details, bool eligible, DateTime nowUtc)
    {
        if (Status is not (OfferStatus.Draft or OfferStatus.Submitted or OfferStatus.FeeRecorded)) return OfferProblem.NotEditable;
        if (Status != OfferStatus.Draft && !eligible) return OfferProblem.NotEligible;
        if (Status != OfferStatus.Draft) Version++;
        Apply(details, nowUtc);
        return null;
    }

    private void Apply(OfferDetails d, DateTime nowUtc)
    {
        WorkerFamilyName = d.WorkerFamilyName.Trim();
        WorkerGivenNames = d.WorkerGivenNames.Trim();
        WorkerDateOfBirth = d.WorkerDateOfBirth;
        WorkerCitizenship = d.WorkerCitizenship.Trim().ToUpperInvariant();
        // Kept exactly as typed, apart from surrounding spaces: the match with the application is exact.
        PassportNumber = d.PassportNumber.Trim();
        WorkerEmail = d.WorkerEmail.Trim();
        WorkerInsideCanada = d.WorkerInsideCanada;
        JobTitle = d.JobTitle.Trim();
        OccupationCode = d.OccupationCode.Trim();
        MainDuties = d.MainDuties.Trim();
        Wage = d.Wage;
        WageUnit = d.WageUnit;
        HoursPerWeek = d.HoursPerWeek;
        Seasonal = d.Seasonal;
        StartDate = d.StartDate;
        EndDate = d.EndDate;
        Location1City = d.Location1City.Trim();
        Location1Province = d.Location1Province;
        Location2City = string.IsNullOrWhiteSpace(d.Location2City) ? null : d.Location2City.Trim();
        Location2Province = Location2City is null ? null : d.Location2Province;
        MoreLocations = d.MoreLocations;
        ProgramCode = d.ProgramCode.Trim().ToUpperInvariant();
        PathwayCode = string.IsNullOrWhiteSpace(d.PathwayCode) ? null : d.PathwayCode.Trim().ToUpperInvariant();
        ExemptionExplanation = d.ExemptionExplanation.Trim();
        AttestAgreement = d.AttestAgreement;
        AttestNoFees = d.AttestNoFees;
        AttestSameConditions = d.AttestSameConditions;
        AttestAbuseFree = d.AttestAbuseFree;
        AttestWorkersRights = d.AttestWorkersRights;
        AttestHealthCare = d.AttestHealthCare;
        AttestNoRecruiterFees = d.AttestNoRecruiterFees;
        UpdatedAtUtc = nowUtc;
    }

    public IEnumerable<Province> WorkProvinces =>
        Location2Province is { } second ? [Location1Province, second] : [Location1Province];

    public OfferDetails Details => new(WorkerFamilyName, WorkerGivenNames, WorkerDateOfBirth, WorkerCitizenship, PassportNumber, WorkerEmail,
        WorkerInsideCanada, JobTitle, OccupationCode, MainDuties, Wage, WageUnit, HoursPerWeek, Seasonal, StartDate, EndDate,
        Location1City, Location1Province, Location2City, Location2Province, MoreLocations, ProgramCode, PathwayCode, ExemptionExplanation,
        AttestAgreement, AttestNoFees, AttestSameConditions, AttestAbuseFree, AttestWorkersRights, AttestHealthCare, AttestNoRecruiterFees);

    /// <summary>The day whose rules judge the offer: its submission day, or today while it is a draft.</summary>
    public DateOnly JudgedOn(DateOnly today) => SubmittedAtUtc is { } at ? DateOnly.FromDateTime(at) : today;

    // Each step checks everything it is given and answers every problem at once (none: the step is done), so that the
    // page can show each one beside its field (OfferMessages.FieldOf). A step that is not the next one answers only that.

    public IReadOnlyList<OfferProblem> Submit(bool eligible, DateOnly today, Guid userId, DateTime nowUtc)
    {
        if (Status != OfferStatus.Draft) return [OfferProblem.WrongStep];
        if (!Details.AllAttestedOn(today)) return [OfferProblem.AttestationsMissing];
        if (!eligible) return [OfferProblem.NotEligible];
        Status = OfferStatus.Submitted;
        SubmittedAtUtc = nowUtc;
        SubmittedByUserId = userId;
        return [];
    }

    /// <summary>The longest free text a step keeps (a reason, an explanation).</summary>
    public const int ReasonMaxLength = 1000;
    public const int FeeReferenceMaxLength = 100;
    public const int PermitNumberMaxLength = 20;

    /// <param name="feeInForce">The compliance fee in force, if one is set: the amount paid must equal it (IRCC, International Mobility Program: Innovation Stream, offer of employment and employer compliance fee).</param>
    public IReadOnlyList<OfferProblem> RecordFee(decimal? amount, decimal? feeInForce, DateOnly? paidOn, string? reference, DateOnly today, Guid userId, DateTime nowUtc)
    {
        if (Status != OfferStatus.Submitted) return [OfferProblem.WrongStep];
        if (feeInForce is null) return [OfferProblem.NoFeeInForce];
        var problems = new List<OfferProblem>();
        if (amount is null) problems.Add(OfferProblem.FeeAmountMissing);
        else if (amount != feeInForce) problems.Add(OfferProblem.FeeAmountWrong);
        if (paidOn is null) problems.Add(OfferProblem.PaymentDateMissing);
        else if (paidOn > today) problems.Add(OfferProblem.DateInFuture);
        if (string.IsNullOrWhiteSpace(reference)) problems.Add(OfferProblem.FeeReferenceMissing);
        else if (reference.Trim().Length > FeeReferenceMaxLength) problems.Add(OfferProblem.FeeReferenceTooLong);
        if (problems.Count > 0) return problems;
        FeeAmount = amount;
        FeePaidOn = paidOn;
        FeeReference = reference!.Trim();
        FeeExempt = false;
        FeeExemptionReason = null;
        return FeeDone(userId, nowUtc);
    }

    /// <summary>
    /// A fee-exempt employer still submits the offer, says why it is exempt and keeps the proof (IRCC, employer compliance
    /// fee): the reason and the uploaded proof are both required.
    /// </summary>
    public IReadOnlyList<OfferProblem> RecordFeeExemption(string? reason, bool proofUploaded, Guid userId, DateTime nowUtc)
    {
        if (Status != OfferStatus.Submitted) return [OfferProblem.WrongStep];
        var problems = new List<OfferProblem>();
        if (string.IsNullOrWhiteSpace(reason)) problems.Add(OfferProblem.ExemptionReasonMissing);
        else if (reason.Trim().Length > ReasonMaxLength) problems.Add(OfferProblem.ReasonTooLong);
        if (!proofUploaded) problems.Add(OfferProblem.ExemptionProofMissing);
        if (problems.Count > 0) return problems;
        FeeExempt = true;
        FeeExemptionReason = reason!.Trim();
        FeeAmount = null;
        return FeeDone(userId, nowUtc);
    }

    private OfferProblem[] FeeDone(Guid userId, DateTime nowUtc)
    {
        Status = OfferStatus.FeeRecorded;
        FeeRecordedAtUtc = nowUtc;
        FeeRecordedByUserId = userId;
        return [];
    }

    [GeneratedRegex("^A[0-9]{7}$")]
    private static partial Regex OfferNumberPattern();

    /// <summary>The offer of employment number: the letter A and seven digits (A1234567) (IRCC, Employer Portal: offer of employment).</summary>
    public static bool IsValidOfferNumber(string? number) => number is not null && OfferNumberPattern().IsMatch(number);

    /// <summary>The number as it is kept: trimmed, upper case (a member may type "a1234567").</summary>
    public static string NormalizeOfferNumber(string? number) => (number ?? string.Empty).Trim().ToUpperInvariant();

    /// <param name="number">As <see cref="NormalizeOfferNumber"/> gives it.</param>
    /// <param name="recordedOnAnotherOffer">IRCC issues each number for one offer: the same number on another offer is a typing mistake.</param>
    public IReadOnlyList<OfferProblem> RecordOfferNumber(string number, bool recordedOnAnotherOffer, Guid userId, DateTime nowUtc)
    {
        if (Status != OfferStatus.FeeRecorded) return [OfferProblem.WrongStep];
        if (!IsValidOfferNumber(number)) return [OfferProblem.OfferNumberFormat];
        if (recordedOnAnotherOffer) return [OfferProblem.OfferNumberTaken];
        OfferNumber = number;
        Status = OfferStatus.NumberReceived;
        NumberRecordedAtUtc = nowUtc;
        NumberRecordedByUserId = userId;
        return [];
    }

    public IReadOnlyList<OfferProblem> RecordNumberGiven(DateOnly? givenOn, bool emailed, DateOnly today, Guid userId, DateTime nowUtc)
    {
        if (Status != OfferStatus.NumberReceived) return [OfferProblem.WrongStep];
        if (givenOn is null) return [OfferProblem.GivenDateMissing];
        if (givenOn > today) return [OfferProblem.DateInFuture];
        NumberGivenOn = givenOn;
        NumberEmailedToWorker = emailed;
        Status = OfferStatus.NumberGiven;
        NumberGivenAtUtc = nowUtc;
        NumberGivenByUserId = userId;
        return [];
    }

    /// <param name="confirmed">Withdrawing cannot be undone: the member ticks a box to say they mean it.</param>
    public IReadOnlyList<OfferProblem> Withdraw(string? reason, bool confirmed, Guid userId, DateTime nowUtc)
    {
        if (Status == OfferStatus.Withdrawn) return [OfferProblem.WrongStep];
        var problems = new List<OfferProblem>();
        if (string.IsNullOrWhiteSpace(reason)) problems.Add(OfferProblem.WithdrawalReasonMissing);
        else if (reason.Trim().Length > ReasonMaxLength) problems.Add(OfferProblem.ReasonTooLong);
        if (!confirmed) problems.Add(OfferProblem.WithdrawalNotConfirmed);
        if (problems.Count > 0) return problems;
        Status = OfferStatus.Withdrawn;
        WithdrawalReason = reason!.Trim();
        WithdrawnAtUtc = nowUtc;
        WithdrawnByUserId = userId;
        return [];
    }

    public bool FeePaid => FeeAmount is not null && !FeeExempt;

    /// <summary>The fee paid for an offer that came to nothing can be refunded: after a withdrawal or a refused application.</summary>
    public bool CanAskForRefund => Status == OfferStatus.Withdrawn || PermitOutcome == Offers.PermitOutcome.Refused;

    public IReadOnlyList<OfferProblem> RequestRefund(DateOnly requestedOn, DateOnly today)
    {
        if (!CanAskForRefund || RefundRequestedOn is not null) return [OfferProblem.WrongStep];
        if (!FeePaid) return [OfferProblem.NoFeeToRefund];
        if (requestedOn > today) return [OfferProblem.DateInFuture];
        RefundRequestedOn = requestedOn;
        return [];
    }

    public IReadOnlyList<OfferProblem> RecordRefundReceived(DateOnly receivedOn, DateOnly today)
    {
        if (RefundRequestedOn is null) return [OfferProblem.RefundNotRequested];
        if (RefundReceivedOn is not null) return [OfferProblem.WrongStep];
        if (receivedOn > today) return [OfferProblem.DateInFuture];
        if (receivedOn < RefundRequestedOn) return [OfferProblem.DateBeforeRequest];
        RefundReceivedOn = receivedOn;
        return [];
    }

    /// <summary>
    /// Records IRCC's decision on the worker's work-permit application, once the worker has the offer number. An approved
    /// permit has its number and expiry, which drives the renewal reminders.
    /// </summary>
    public IReadOnlyList<OfferProblem> RecordPermitDecision(PermitOutcome? outcome, DateOnly? decidedOn, string? permitNumber, DateOnly? expiresOn,
        DateOnly today, Guid userId, DateTime nowUtc)
    {
        if (Status != OfferStatus.NumberGiven || PermitOutcome is not null) return [OfferProblem.WrongStep];
        var problems = new List<OfferProblem>();
        if (outcome is null || !Enum.IsDefined(outcome.Value)) problems.Add(OfferProblem.PermitOutcomeMissing);
        if (decidedOn is null) problems.Add(OfferProblem.DecisionDateMissing);
        else if (decidedOn > today) problems.Add(OfferProblem.DateInFuture);
        if (outcome == Offers.PermitOutcome.Approved)
        {
            if (string.IsNullOrWhiteSpace(permitNumber)) problems.Add(OfferProblem.PermitNumberMissing);
            else if (permitNumber.Trim().Length > PermitNumberMaxLength) problems.Add(OfferProblem.PermitNumberTooLong);
            if (expiresOn is null || (decidedOn is { } d && expiresOn <= d)) problems.Add(OfferProblem.PermitExpiryBeforeDecision);
        }
        if (problems.Count > 0) return problems;
        if (outcome == Offers.PermitOutcome.Approved)
        {
            PermitNumber = permitNumber!.Trim().ToUpperInvariant();
            PermitExpiresOn = expiresOn;
        }
        PermitOutcome = outcome;
        PermitDecidedOn = decidedOn;
        PermitRecordedAtUtc = nowUtc;
        PermitRecordedByUserId = userId;
        return [];
    }

    /// <summary>The worker's first day of employment, on an approved permit; it starts the six years of record keeping.</summary>
    public IReadOnlyList<OfferProblem> RecordFirstDay(DateOnly? firstDay, DateOnly today, Guid userId, DateTime nowUtc)
    {
        if (PermitOutcome != Offers.PermitOutcome.Approved) return [OfferProblem.PermitNotApproved];
        if (FirstDayOfEmployment is not null || Status == OfferStatus.Withdrawn) return [OfferProblem.WrongStep];
        if (firstDay is null) return [OfferProblem.FirstDayMissing];
        if (firstDay > today) return [OfferProblem.DateInFuture];
        if (firstDay < PermitDecidedOn) return [OfferProblem.DateBeforePermit];
        FirstDayOfEmployment = firstDay;
        FirstDayRecordedAtUtc = nowUtc;
        FirstDayRecordedByUserId = userId;
        return [];
    }
}
