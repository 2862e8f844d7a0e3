using Portal.Web.Features.Documents;

namespace Portal.Web.Features.Atlantic;

public enum AtlanticDocumentKind
{
    /// <summary>Onboarding and intercultural competency training (IRCC, Atlantic Immigration Program).</summary>
    TrainingCertificate = 1,
    SettlementPlan = 2,
    EndorsementCertificate = 3,
    CommitmentEvidence = 4,
}

/// <summary>
/// A file kept with a designation application, an endorsement case or a commitment (its <see cref="SubjectId"/>): a
/// <see cref="Document"/> of one of the Atlantic program's kinds.
/// </summary>
public sealed class AtlanticDocument : Document
{
    private AtlanticDocument() { }

    public Guid SubjectId { get; private set; }
    public AtlanticDocumentKind Kind { get; private set; }

    public static AtlanticDocument Create(Guid organizationId, Guid subjectId, AtlanticDocumentKind kind, CheckedFile file, Guid userId, DateTime nowUtc)
    {
        var document = new AtlanticDocument { SubjectId = subjectId, Kind = kind };
        document.Keep(organizationId, file, userId, nowUtc);
        return document;
    }

    /// <summary>Checks an upload, keeps its bytes and adds its row (<see cref="DocumentUploads"/>); the caller saves the changes.</summary>
    public static Task<(AtlanticDocument? Document, DocumentStore.Problem? Problem)> AddAsync(
        Data.PortalDbContext db, DocumentStore store, IFormFile file, Guid organizationId, Guid subjectId,
        AtlanticDocumentKind kind, Guid userId, DateTime nowUtc, CancellationToken ct) =>
        DocumentUploads.AddAsync(db, store, file, f => Create(organizationId, subjectId, kind, f, userId, nowUtc), ct);
}
