using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Atlantic;

/// <summary>The three classes of the Atlantic program, with their minimum criteria in Annex A of (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A).</summary>
public enum AipClass
{
    HighSkilled = 1,
    IntermediateSkilled = 2,
    InternationalGraduate = 3,
}

public enum EndorsementProblem
{
    NotAtlantic,
    NotDesignated,
    DateInFuture,
    ProviderMissing,
    DateMissing,
    PlanMissing,
    AssessmentFirst,
    CertificateNumberMissing,
    WrongStep,
}

/// <summary>Where a case stands, read from what has been recorded.</summary>
public enum EndorsementStage
{
    Open = 1,
    NeedsAssessed = 2,
    PlanReceived = 3,
    Endorsed = 4,
}

/// <summary>What HR staff record about the candidate and the job when opening or editing a case.</summary>
public sealed record CandidateDetails(
    string CandidateName, string? CandidateEmail, Province Province, AipClass Class,
    string OccupationCode, bool FullTime, DateOnly? StartDate, DateOnly? EndDate,
    bool LanguageTested, bool EducationMet, bool WorkExperienceMet,
    int FamilyMembersComing, string? FamilyNotes);

/// <summary>
/// The endorsement of one candidate by an Atlantic province (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A): a designated settlement provider assesses the needs
/// of the worker and family and writes a settlement plan; the employer commits to the specific settlement needs
/// (<see cref="SettlementCommitment"/>); the province sends a certificate of endorsement (IRCC, Atlantic Immigration Program).
/// </summary>
public sealed class EndorsementCase : IOrganizationOwned
{
    private EndorsementCase() { }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    /// <summary>The offer under an AIP class, when there is one yet.</summary>
    public Guid? OfferId { get; private set; }
    public string CandidateName { get; private set; } = string.Empty;
    public string? CandidateEmail { get; private set; }
    public Province Province { get; private set; }
    public AipClass Class { get; private set; }
    public string OccupationCode { get; private set; } = string.Empty;
    public bool FullTime { get; private set; }
    public DateOnly? StartDate { get; private set; }
    /// <summary>Null when the job is indeterminate.</summary>
    public DateOnly? EndDate { get; private set; }
    public bool LanguageTested { get; private set; }
    public bool EducationMet { get; private set; }
    public bool WorkExperienceMet { get; private set; }
    public int FamilyMembersComing { get; private set; }
    public string? FamilyNotes { get; private set; }

    public DateOnly? NeedsAssessedOn { get; private set; }
    public string? NeedsAssessmentProvider { get; private set; }
    public DateTime? PlanReceivedAtUtc { get; private set; }
    public DateOnly? CertificateReceivedOn { get; private set; }
    public string? CertificateNumber { get; private set; }
    /// <summary>From this day, commitments are post-arrival support (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A).</summary>
    public DateOnly? ArrivalDate { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }
    public Guid OpenedByUserId { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public EndorsementStage Stage =>
        CertificateReceivedOn is not null ? EndorsementStage.Endorsed
        : PlanReceivedAtUtc is not null ? EndorsementStage.PlanReceived
        : NeedsAssessedOn is not null ? EndorsementStage.NeedsAssessed
        : EndorsementStage.Open;

    /// <param name="designated">Whether the organization is designated in the candidate's province today.</param>
    public static (EndorsementCase? Case, EndorsementProblem? Problem) Open(
        Guid organizationId, Guid? offerId, CandidateDetails details, bool designated, Guid userId, DateTime nowUtc)
    {
        if (!Provinces.Atlantic.Contains(details.Province)) return (null, EndorsementProblem.NotAtlantic);
        // Only a designated organization can ask a province to endorse a candidate (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A).
        if (!designated) return (null, EndorsementProblem.NotDesignated);
        var c = new EndorsementCase
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            OfferId = offerId,
            OpenedAtUtc = nowUtc,
            OpenedByUserId = userId,
        };
        c.Apply(details, nowUtc);
        return (c, null);
    }

    public EndorsementProblem? Edit(CandidateDetails details, bool designated, DateTime nowUtc)
    {
        if (!Provinces.Atlantic.Contains(details.Province)) return EndorsementProblem.NotAtlantic;
        if (details.Province != Province && !designated) return EndorsementProblem.NotDesignated;
        Apply(details, nowUtc);
        return null;
    }

    private void Apply(CandidateDetails d, DateTime nowUtc)
    {
        CandidateName = d.CandidateName.Trim();
        CandidateEmail = string.IsNullOrWhiteSpace(d.CandidateEmail) ? null : d.CandidateEmail.Trim();
        Province = d.Province;
        Class = d.Class;
        OccupationCode = d.OccupationCode.Trim();
        FullTime = d.FullTime;
        StartDate = d.StartDate;
        EndDate = d.EndDate;
        LanguageTested = d.LanguageTested;
        EducationMet = d.EducationMet;
        WorkExperienceMet = d.WorkExperienceMet;
        FamilyMembersComing = d.FamilyMembersComing;
        FamilyNotes = string.IsNullOrWhiteSpace(d.FamilyNotes) ? null : d.FamilyNotes.Trim();
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>The designated provider's needs assessment of the worker and family (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A).</summary>
    public EndorsementProblem? RecordNeedsAssessment(DateOnly? on, string? provider, DateOnly today, DateTime nowUtc)
    {
        if (on is null) return EndorsementProblem.DateMissing;
        if (on > today) return EndorsementProblem.DateInFuture;
        if (string.IsNullOrWhiteSpace(provider)) return EndorsementProblem.ProviderMissing;
        NeedsAssessedOn = on;
        NeedsAssessmentProvider = provider.Trim();
        UpdatedAtUtc = nowUtc;
        return null;
    }

    /// <summary>The settlement plan comes from the needs assessment, so it is recorded after it.</summary>
    public EndorsementProblem? RecordPlan(bool planUploaded, DateTime nowUtc)
    {
        if (NeedsAssessedOn is null) return EndorsementProblem.AssessmentFirst;
        if (!planUploaded) return EndorsementProblem.PlanMissing;
        PlanReceivedAtUtc ??= nowUtc;
        UpdatedAtUtc = nowUtc;
        return null;
    }

    public EndorsementProblem? RecordCertificate(DateOnly? on, string? number, DateOnly today, DateTime nowUtc)
    {
        if (PlanReceivedAtUtc is null) return EndorsementProblem.WrongStep;
        if (on is null) return EndorsementProblem.DateMissing;
        if (on > today) return EndorsementProblem.DateInFuture;
        if (string.IsNullOrWhiteSpace(number)) return EndorsementProblem.CertificateNumberMissing;
        CertificateReceivedOn = on;
        CertificateNumber = number.Trim();
        UpdatedAtUtc = nowUtc;
        return null;
    }

    public EndorsementProblem? RecordArrival(DateOnly? on, DateTime nowUtc)
    {
        if (on is null) return EndorsementProblem.DateMissing;
        ArrivalDate = on;
        UpdatedAtUtc = nowUtc;
        return null;
    }

    /// <summary>The first day a commitment can be due: the day the offer (or, without one, the case) came to exist.</summary>
    public static DateOnly EarliestDueDate(DateTime caseOpenedAtUtc, DateTime? offerCreatedAtUtc) =>
        DateOnly.FromDateTime(offerCreatedAtUtc is { } o && o < caseOpenedAtUtc ? o : caseOpenedAtUtc);
}
