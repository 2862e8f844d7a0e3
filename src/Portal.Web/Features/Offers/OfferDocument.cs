using Portal.Web.Features.Documents;
using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Offers;

public enum DocumentKind
{
    SignedOfferLetter = 1,
    EmploymentAgreement = 2,
    FeeReceipt = 3,
    ExemptionProof = 4,
    Other = 5,
}

/// <summary>A file kept with an offer. The bytes live outside wwwroot under a generated name; only these facts are in the database.</summary>
public sealed class OfferDocument : IOrganizationOwned
{
    private OfferDocument() { }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid OfferId { get; private set; }
    public DocumentKind Kind { get; private set; }
    /// <summary>The name the person's file had, cleaned of any path; shown and used for the download only.</summary>
    public string FileName { get; private set; } = string.Empty;
    public string StoredName { get; private set; } = string.Empty;
    public string ContentType { get; private set; } = string.Empty;
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; } = string.Empty;
    public DateTime UploadedAtUtc { get; private set; }
    public Guid UploadedByUserId { get; private set; }

    public static OfferDocument Create(Offer offer, DocumentKind kind, string fileName, string contentType, long size, string sha256, Guid userId, DateTime nowUtc)
    {
        var id = Guid.CreateVersion7();
        return new OfferDocument
        {
            Id = id,
            OrganizationId = offer.OrganizationId,
            OfferId = offer.Id,
            Kind = kind,
            FileName = CleanFileName(fileName, contentType),
            StoredName = id.ToString("N"),
            ContentType = contentType,
            SizeBytes = size,
            Sha256 = sha256,
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

public static class DocumentKinds
{
    public static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.SignedOfferLetter => "Signed offer letter",
        DocumentKind.EmploymentAgreement => "Employment agreement",
        DocumentKind.FeeReceipt => "Fee receipt",
        DocumentKind.ExemptionProof => "Proof of fee exemption",
        _ => "Other",
    };
}
