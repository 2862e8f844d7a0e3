using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Atlantic;

/// <summary>
/// Where an application for Atlantic designation stands (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A): draft -> submitted -> approved or refused, with
/// "changes requested" sending it back to the employer, who edits and resubmits (each submission is a new version;
/// the earlier ones stay in the audit trail).
/// </summary>
public enum DesignationStatus
{
    Draft = 1,
    Submitted = 2,
    ChangesRequested = 3,
    Approved = 4,
    Refused = 5,
    Withdrawn = 6,
}

/// <summary>Why an application refused a step or a submission; pages turn it into a sentence next to the field.</summary>
public enum DesignationProblem
{
    WrongStep,
    NotAtlantic,
    OperationTooShort,
    OperationDateInFuture,
    ProviderMissing,
    ProviderContactMissing,
    ProviderContactDateMissing,
    DateInFuture,
    WelcomingWorkplaceMissing,
    TrainingMissing,
    TrainingCertificateMissing,
    LocationsMissing,
    RepresentativeMissing,
    DeclarationMissing,
    DraftCannotBeDecided,
    OwnApplication,
    NumberMissing,
    ExpiryNotAfterToday,
    ReasonMissing,
}

/// <summary>What the owner types into the application.</summary>
public sealed record DesignationDetails(
    string? Locations, DateOnly? OperatingSince,
    string? ProviderName, string? ProviderContact, DateOnly? ProviderContactedOn,
    bool WelcomingWorkplace,
    string? TrainingCompletedBy, DateOnly? TrainingCompletedOn,
    string? RepresentativeName, string? RepresentativeTitle, string? RepresentativeEmail, string? RepresentativePhone,
    bool DeclarationAccepted);

/// <summary>
/// An organization's application for designation in one Atlantic province (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A): one designation per province, no fee.
/// Requirements (IRCC, Atlantic Immigration Program): two years of continuous operation there, a settlement service provider organization contacted,
/// a welcoming workplace, onboarding and intercultural competency training.
/// </summary>
public sealed class DesignationApplication : IOrganizationOwned
{
    /// <summary>Two years of continuous operation in the province (IRCC, Atlantic Immigration Program: designation requirements for employers).</summary>
    public const int RequiredYearsOfOperation = 2;

    private DesignationApplication() { }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Province Province { get; private set; }
    public DesignationStatus Status { get; private set; }
    /// <summary>1 until the first submission; each resubmission after a change request is a new version.</summary>
    public int Version { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid CreatedByUserId { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public string? Locations { get; private set; }
    public DateOnly? OperatingSince { get; private set; }
    public string? ProviderName { get; private set; }
    public string? ProviderContact { get; private set; }
    public DateOnly? ProviderContactedOn { get; private set; }
    public bool WelcomingWorkplace { get; private set; }
    public string? TrainingCompletedBy { get; private set; }
    public DateOnly? TrainingCompletedOn { get; private set; }
    public string? RepresentativeName { get; private set; }
    public string? RepresentativeTitle { get; private set; }
    public string? RepresentativeEmail { get; private set; }
    public string? RepresentativePhone { get; private set; }
    public bool DeclarationAccepted { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }
    public Guid? SubmittedByUserId { get; private set; }
    public DateTime? ChangesRequestedAtUtc { get; private set; }
    public Guid? ChangesRequestedByUserId { get; private set; }
    /// <summary>What the administrator asked the employer to change; the employer sees it.</summary>
    public string? ChangesRequested { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public Guid? DecidedByUserId { get; private set; }
    public string? DesignationNumber { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    /// <summary>Why the application was refused; the employer sees it.</summary>
    public string? RefusalReason { get; private set; }
    public DateTime? WithdrawnAtUtc { get; private set; }
    public Guid? WithdrawnByUserId { get; private set; }

    public bool IsOpen => Status is DesignationStatus.Draft or DesignationStatus.Submitted or DesignationStatus.ChangesRequested;
    public bool CanEdit => Status is DesignationStatus.Draft or DesignationStatus.ChangesRequested;

    /// <summary>Designated: approved and not expired on that day.</summary>
    public bool DesignatesOn(DateOnly day) => Status == DesignationStatus.Approved && (ExpiresOn is null || ExpiresOn >= day);

    public static (DesignationApplication? Application, DesignationProblem? Problem) Start(
        Guid organizationId, Province province, Guid userId, DateTime nowUtc)
    {
        if (!Provinces.Atlantic.Contains(province)) return (null, DesignationProblem.NotAtlantic);
        return (new DesignationApplication
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Province = province,
            Status = DesignationStatus.Draft,
            Version = 1,
            CreatedAtUtc = nowUtc,
            CreatedByUserId = userId,
            UpdatedAtUtc = nowUtc,
        }, null);
    }

    /// <summary>Saves what the owner typed. Only a draft or an application sent back for changes can be edited.</summary>
    public DesignationProblem? Edit(DesignationDetails d, DateTime nowUtc)
    {
        if (!CanEdit) return DesignationProblem.WrongStep;
        Locations = Clean(d.Locations);
        OperatingSince = d.OperatingSince;
        ProviderName = Clean(d.ProviderName);
        ProviderContact = Clean(d.ProviderContact);
        ProviderContactedOn = d.ProviderContactedOn;
        WelcomingWorkplace = d.WelcomingWorkplace;
        TrainingCompletedBy = Clean(d.TrainingCompletedBy);
        TrainingCompletedOn = d.TrainingCompletedOn;
        RepresentativeName = Clean(d.RepresentativeName);
        RepresentativeTitle = Clean(d.RepresentativeTitle);
        RepresentativeEmail = Clean(d.RepresentativeEmail);
        RepresentativePhone = Clean(d.RepresentativePhone);
        DeclarationAccepted = d.DeclarationAccepted;
        UpdatedAtUtc = nowUtc;
        return null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Months of continuous operation in the province up to that day.</summary>
    public int? MonthsOfOperation(DateOnly today)
    {
        if (OperatingSince is not { } since || since > today) return null;
        var months = (today.Year - since.Year) * 12 + today.Month - since.Month;
        return today.Day < since.Day ? months - 1 : months;
    }

    /// <summary>
    /// Everything that stops submission, each with the field it belongs to (a property name of this class),
    /// so the page can put the reason next to the field. Empty when the application can be submitted.
    /// </summary>
    public IReadOnlyList<(string Field, DesignationProblem Problem)> ProblemsForSubmission(DateOnly today, bool trainingCertificateUploaded)
    {
        var problems = new List<(string, DesignationProblem)>();
        if (Locations is null) problems.Add((nameof(Locations), DesignationProblem.LocationsMissing));
        if (OperatingSince is not { } since) problems.Add((nameof(OperatingSince), DesignationProblem.OperationTooShort));
        else if (since > today) problems.Add((nameof(OperatingSince), DesignationProblem.OperationDateInFuture));
        else if (since.AddYears(RequiredYearsOfOperation) > today) problems.Add((nameof(OperatingSince), DesignationProblem.OperationTooShort));
        if (ProviderName is null) problems.Add((nameof(ProviderName), DesignationProblem.ProviderMissing));
        if (ProviderContact is null) problems.Add((nameof(ProviderContact), DesignationProblem.ProviderContactMissing));
        if (ProviderContactedOn is not { } contacted) problems.Add((nameof(ProviderContactedOn), DesignationProblem.ProviderContactDateMissing));
        else if (contacted > today) problems.Add((nameof(ProviderContactedOn), DesignationProblem.DateInFuture));
        if (!WelcomingWorkplace) problems.Add((nameof(WelcomingWorkplace), DesignationProblem.WelcomingWorkplaceMissing));
        if (TrainingCompletedBy is null) problems.Add((nameof(TrainingCompletedBy), DesignationProblem.TrainingMissing));
        if (TrainingCompletedOn is not { } trained) problems.Add((nameof(TrainingCompletedOn), DesignationProblem.TrainingMissing));
        else if (trained > today) problems.Add((nameof(TrainingCompletedOn), DesignationProblem.DateInFuture));
        if (!trainingCertificateUploaded) problems.Add(("TrainingCertificate", DesignationProblem.TrainingCertificateMissing));
        if (RepresentativeName is null) problems.Add((nameof(RepresentativeName), DesignationProblem.RepresentativeMissing));
        if (RepresentativeEmail is null && RepresentativePhone is null) problems.Add((nameof(RepresentativeEmail), DesignationProblem.RepresentativeMissing));
        if (!DeclarationAccepted) problems.Add((nameof(DeclarationAccepted), DesignationProblem.DeclarationMissing));
        return problems;
    }

    public DesignationProblem? Submit(DateOnly today, bool trainingCertificateUploaded, Guid userId, DateTime nowUtc)
    {
        if (!CanEdit) return DesignationProblem.WrongStep;
        if (ProblemsForSubmission(today, trainingCertificateUploaded) is { Count: > 0 } problems) return problems[0].Problem;
        if (Status == DesignationStatus.ChangesRequested) Version++;
        Status = DesignationStatus.Submitted;
        SubmittedAtUtc = nowUtc;
        SubmittedByUserId = userId;
        UpdatedAtUtc = nowUtc;
        return null;
    }

    private DesignationProblem? CanDecide(Guid administratorId)
    {
        if (Status == DesignationStatus.Draft) return DesignationProblem.DraftCannotBeDecided;
        if (Status != DesignationStatus.Submitted) return DesignationProblem.WrongStep;
        // An administrator never decides an application they made or submitted themselves.
        if (administratorId == CreatedByUserId || administratorId == SubmittedByUserId) return DesignationProblem.OwnApplication;
        return null;
    }

    public DesignationProblem? RequestChanges(string note, Guid administratorId, DateTime nowUtc)
    {
        if (CanDecide(administratorId) is { } problem) return problem;
        if (string.IsNullOrWhiteSpace(note)) return DesignationProblem.ReasonMissing;
        Status = DesignationStatus.ChangesRequested;
        ChangesRequested = note.Trim();
        ChangesRequestedAtUtc = nowUtc;
        ChangesRequestedByUserId = administratorId;
        UpdatedAtUtc = nowUtc;
        return null;
    }

    /// <param name="expiresOn">Only where the province sets an expiry.</param>
    public DesignationProblem? Approve(string number, DateOnly? expiresOn, DateOnly today, Guid administratorId, DateTime nowUtc)
    {
        if (CanDecide(administratorId) is { } problem) return problem;
        if (string.IsNullOrWhiteSpace(number)) return DesignationProblem.NumberMissing;
        if (expiresOn is { } e && e <= today) return DesignationProblem.ExpiryNotAfterToday;
        Status = DesignationStatus.Approved;
        DesignationNumber = number.Trim();
        ExpiresOn = expiresOn;
        Decided(administratorId, nowUtc);
        return null;
    }

    public DesignationProblem? Refuse(string reason, Guid administratorId, DateTime nowUtc)
    {
        if (CanDecide(administratorId) is { } problem) return problem;
        if (string.IsNullOrWhiteSpace(reason)) return DesignationProblem.ReasonMissing;
        Status = DesignationStatus.Refused;
        RefusalReason = reason.Trim();
        Decided(administratorId, nowUtc);
        return null;
    }

    private void Decided(Guid administratorId, DateTime nowUtc)
    {
        DecidedAtUtc = nowUtc;
        DecidedByUserId = administratorId;
        UpdatedAtUtc = nowUtc;
    }

    public DesignationProblem? Withdraw(Guid userId, DateTime nowUtc)
    {
        if (!IsOpen) return DesignationProblem.WrongStep;
        Status = DesignationStatus.Withdrawn;
        WithdrawnAtUtc = nowUtc;
        WithdrawnByUserId = userId;
        UpdatedAtUtc = nowUtc;
        return null;
    }
}
