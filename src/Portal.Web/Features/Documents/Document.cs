using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Documents;

/// <summary>What a document is kept with.</summary>
public enum DocumentOwner
{
    Offer = 1,
    DesignationApplication = 2,
    EndorsementCase = 3,
    SettlementCommitment = 4,
}

/// <summary>What a document is; each kind is kept with one kind of owner (<see cref="Document.OwnerOf"/>).</summary>
public enum DocumentKind
{
    SignedOfferLetter = 1,
    EmploymentAgreement = 2,
    FeeReceipt = 3,
    ExemptionProof = 4,
    Other = 5,
    /// <summary>Onboarding and intercultural competency training (IRCC, Atlantic Immigration Program).</summary>
    TrainingCertificate = 11,
    SettlementPlan = 12,
    EndorsementCertificate = 13,
    CommitmentEvidence = 14,
}

/// <summary>A file read from an upload and checked: its bytes, real type, hash and the name the person's file had.</summary>
public sealed record CheckedFile(byte[] Bytes, string ContentType, string Sha256, string OriginalName);

/// <summary>
/// A file kept with something of an organization's: an offer, a designation application, an endorsement case or a
/// commitment (its owner: <see cref="OwnerType"/> and <see cref="OwnerId"/>). The bytes live in the data folder under a
/// generated name (<see cref="DocumentStore"/>); only these facts are in the database, in one table for every owner.
/// Documents come in through <see cref="DocumentUploads"/>, are listed by <see cref="DocumentList"/> and go out through
/// the <c>Download</c> page.
/// </summary>
public sealed class Document : IOrganizationOwned
{
    private Document() { }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public DocumentOwner OwnerType { get; private set; }
    public Guid OwnerId { get; private set; }
    public DocumentKind Kind { get; private set; }
    /// <summary>The name the person's file had, cleaned of any path; shown and used for the download only.</summary>
    public string FileName { get; private set; } = string.Empty;
    public string StoredName { get; private set; } = string.Empty;
    public string ContentType { get; private set; } = string.Empty;
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; } = string.Empty;
    public DateTime UploadedAtUtc { get; private set; }
    public Guid UploadedByUserId { get; private set; }

    /// <summary>
    /// The entity types the audit trail records documents under: this one, and the two tables documents were kept in
    /// before they were one (entries are never rewritten, so a document's history is found under all three).
    /// </summary>
    public static readonly string[] AuditEntityTypes = [nameof(Document), "OfferDocument", "AtlanticDocument"];

    public static DocumentOwner OwnerOf(DocumentKind kind) => kind switch
    {
        DocumentKind.TrainingCertificate => DocumentOwner.DesignationApplication,
        DocumentKind.SettlementPlan or DocumentKind.EndorsementCertificate => DocumentOwner.EndorsementCase,
        DocumentKind.CommitmentEvidence => DocumentOwner.SettlementCommitment,
        _ => DocumentOwner.Offer,
    };

    /// <summary>The kinds a person may choose for a document of <paramref name="owner"/>.</summary>
    public static IReadOnlyList<DocumentKind> KindsOf(DocumentOwner owner) =>
        Enum.GetValues<DocumentKind>().Where(k => OwnerOf(k) == owner).ToList();

    public static bool IsKindOf(DocumentOwner owner, DocumentKind kind) => Enum.IsDefined(kind) && OwnerOf(kind) == owner;

    /// <summary>A new document of <paramref name="organizationId"/>'s, kept with <paramref name="ownerId"/>; the kind must be one of the owner's.</summary>
    public static Document Create(Guid organizationId, DocumentOwner ownerType, Guid ownerId, DocumentKind kind, CheckedFile file, Guid userId, DateTime nowUtc)
    {
        if (!IsKindOf(ownerType, kind)) throw new ArgumentException($"A {kind} is not kept with a {ownerType}.", nameof(kind));
        var id = Guid.CreateVersion7();
        return new Document
        {
            Id = id,
            OrganizationId = organizationId,
            OwnerType = ownerType,
            OwnerId = ownerId,
            Kind = kind,
            FileName = CleanFileName(file.OriginalName, file.ContentType),
            StoredName = id.ToString("N"),
            ContentType = file.ContentType,
            SizeBytes = file.Bytes.Length,
            Sha256 = file.Sha256,
            UploadedAtUtc = nowUtc,
            UploadedByUserId = userId,
        };
    }

    /// <summary>Keeps the last path segment only, without control or path characters, with the extension of its real type.</summary>
    public static string CleanFileName(string name, string contentType)
    {
        var last = name.Replace('\\', '/').Split('/').LastOrDefault(s => s.Length > 0 && s != "." && s != "..") ?? "document";
        var clean = new string(last.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or ':' or '*' or '?' or '|')).ToArray()).Trim().TrimStart('.');
        var stem = Path.GetFileNameWithoutExtension(clean);
        if (string.IsNullOrWhiteSpace(stem)) stem = "document";
        if (stem.Length > 100) stem = stem[..100];
        return stem + FileTypes.Extension(contentType);
    }
}

/// <summary>The names of the document kinds, as keys of the shared resource.</summary>
public static class DocumentKinds
{
    public static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.SignedOfferLetter => "Signed offer letter",
        DocumentKind.EmploymentAgreement => "Employment agreement",
        DocumentKind.FeeReceipt => "Fee receipt",
        DocumentKind.ExemptionProof => "Proof of fee exemption",
        DocumentKind.TrainingCertificate => "Training certificate",
        DocumentKind.SettlementPlan => "Settlement plan",
        DocumentKind.EndorsementCertificate => "Certificate of endorsement",
        DocumentKind.CommitmentEvidence => "Evidence",
        _ => "Other",
    };
}

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("Documents");
        b.HasKey(d => d.Id);
        b.Property(d => d.OwnerType).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.FileName).HasMaxLength(120).IsRequired();
        b.Property(d => d.StoredName).HasMaxLength(40).IsRequired();
        b.Property(d => d.ContentType).HasMaxLength(50).IsRequired();
        b.Property(d => d.Sha256).HasMaxLength(64).IsRequired();
        // Every read asks by owner id (ids are unique across owners), sometimes with the kind.
        b.HasIndex(d => d.OwnerId);
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
