using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Atlantic;

/// <summary>What the employer commits to from the settlement plan (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A): examples from the program's pages.</summary>
public enum CommitmentKind
{
    EarlyTransportation = 1,
    Housing = 2,
    LanguageTraining = 3,
    Childcare = 4,
    ConnectWithProvider = 5,
    Other = 6,
}

public enum CommitmentStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    NotNeeded = 4,
}

public enum CommitmentProblem
{
    DueBeforeOffer,
    DescriptionMissing,
    ReasonMissing,
    DateInFuture,
}

/// <summary>
/// One settlement commitment of the employer for a candidate and family (IRCC, Atlantic Immigration Program: employer designation, endorsement and Annex A), with an owner among the organization's
/// members, a due date and a status. Commitments due on or after the worker's arrival are the post-arrival support.
/// </summary>
public sealed class SettlementCommitment : IOrganizationOwned
{
    private SettlementCommitment() { }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid CaseId { get; private set; }
    public CommitmentKind Kind { get; private set; }
    public string Description { get; private set; } = string.Empty;
    public Guid OwnerUserId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public CommitmentStatus Status { get; private set; }
    public string? NotNeededReason { get; private set; }
    public string? EvidenceNotes { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public Guid CreatedByUserId { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    public bool IsOpen => Status is CommitmentStatus.Planned or CommitmentStatus.InProgress;
    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;

    /// <param name="earliestDue">See <see cref="EndorsementCase.EarliestDueDate"/>: nothing can be due before the offer exists.</param>
    public static (SettlementCommitment? Commitment, CommitmentProblem? Problem) Create(
        EndorsementCase endorsement, CommitmentKind kind, string description, Guid ownerUserId, DateOnly dueOn,
        DateOnly earliestDue, Guid userId, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(description)) return (null, CommitmentProblem.DescriptionMissing);
        if (dueOn < earliestDue) return (null, CommitmentProblem.DueBeforeOffer);
        return (new SettlementCommitment
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = endorsement.OrganizationId,
            CaseId = endorsement.Id,
            Kind = kind,
            Description = description.Trim(),
            OwnerUserId = ownerUserId,
            DueOn = dueOn,
            Status = CommitmentStatus.Planned,
            CreatedAtUtc = nowUtc,
            CreatedByUserId = userId,
            UpdatedAtUtc = nowUtc,
        }, null);
    }

    /// <summary>Changes the plan or records progress; "not needed" needs a reason, "done" records the day.</summary>
    public CommitmentProblem? Update(string description, Guid ownerUserId, DateOnly dueOn, CommitmentStatus status,
        string? notNeededReason, string? evidenceNotes, DateOnly? completedOn, DateOnly earliestDue, DateOnly today, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(description)) return CommitmentProblem.DescriptionMissing;
        if (dueOn < earliestDue) return CommitmentProblem.DueBeforeOffer;
        if (status == CommitmentStatus.NotNeeded && string.IsNullOrWhiteSpace(notNeededReason)) return CommitmentProblem.ReasonMissing;
        if (completedOn > today) return CommitmentProblem.DateInFuture;
        Description = description.Trim();
        OwnerUserId = ownerUserId;
        DueOn = dueOn;
        Status = status;
        NotNeededReason = status == CommitmentStatus.NotNeeded ? notNeededReason!.Trim() : null;
        EvidenceNotes = string.IsNullOrWhiteSpace(evidenceNotes) ? null : evidenceNotes.Trim();
        CompletedOn = status == CommitmentStatus.Done ? completedOn ?? CompletedOn ?? today : null;
        UpdatedAtUtc = nowUtc;
        return null;
    }
}
