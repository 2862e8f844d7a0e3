using Portal.Web.Features.Documents;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;

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
/// A file kept with a designation application, an endorsement case or a commitment (its <see cref="SubjectId"/>).
/// As for offers, the bytes live in the data folder under a generated name, and only these facts are in the database.
/// </summary>
public sealed class AtlanticDocument : IOrganizationOwned
{
    private AtlanticDocument() { }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid SubjectId { get; private set; }
    public AtlanticDocumentKind Kind { get; private set; }
    public string FileName { get; private set; } = string.Empty;
    public string StoredName { get; private set; } = string.Empty;
    public string ContentType { get; private set; } = string.Empty;
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; } = string.Empty;
    public DateTime UploadedAtUtc { get; private set; }
    public Guid UploadedByUserId { get; private set; }

    public static AtlanticDocument Create(Guid organizationId, Guid subjectId, AtlanticDocumentKind kind, string fileName,
        string contentType, long size, string sha256, Guid userId, DateTime nowUtc)
    {
        var id = Guid.CreateVersion7();
        return new AtlanticDocument
        {
            Id = id,
            OrganizationId = organizationId,
            SubjectId = subjectId,
            Kind = kind,
            FileName = OfferDocument.CleanFileName(fileName, contentType),
            StoredName = id.ToString("N"),
            ContentType = contentType,
            SizeBytes = size,
            Sha256 = sha256,
            UploadedAtUtc = nowUtc,
            UploadedByUserId = userId,
        };
    }
}

public static class AtlanticUploads
{
    /// <summary>Checks an upload (size, real type), keeps its bytes and adds its row; the caller saves the changes.</summary>
    public static async Task<(AtlanticDocument? Document, DocumentStore.Problem? Problem)> AddAsync(
        Data.PortalDbContext db, DocumentStore store, IFormFile file, Guid organizationId, Guid subjectId,
        AtlanticDocumentKind kind, Guid userId, DateTime nowUtc, CancellationToken ct)
    {
        var (bytes, type, hash, problem) = await DocumentStore.ReadAsync(file, ct);
        if (problem is not null) return (null, problem);
        var document = AtlanticDocument.Create(organizationId, subjectId, kind, file.FileName, type!, bytes!.Length, hash!, userId, nowUtc);
        await store.SaveAsync(organizationId, document.StoredName, bytes, ct);
        db.AtlanticDocuments.Add(document);
        return (document, null);
    }
}
