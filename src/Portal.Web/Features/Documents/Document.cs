using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Documents;

/// <summary>A file read from an upload and checked: its bytes, real type, hash and the name the person's file had.</summary>
public sealed record CheckedFile(byte[] Bytes, string ContentType, string Sha256, string OriginalName);

/// <summary>
/// A file kept with something of an organization's: an offer (<c>OfferDocument</c>), or a designation application, an
/// endorsement case or a commitment (<c>AtlanticDocument</c>). The bytes live in the data folder under a generated name
/// (<see cref="DocumentStore"/>); only these facts are in the database. Each owner keeps its own table and its own kinds;
/// what a document is, how it is uploaded (<see cref="DocumentUploads"/>) and downloaded (<c>Download</c>) is here once.
/// </summary>
public abstract class Document : IOrganizationOwned
{
    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    /// <summary>The name the person's file had, cleaned of any path; shown and used for the download only.</summary>
    public string FileName { get; private set; } = string.Empty;
    public string StoredName { get; private set; } = string.Empty;
    public string ContentType { get; private set; } = string.Empty;
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; } = string.Empty;
    public DateTime UploadedAtUtc { get; private set; }
    public Guid UploadedByUserId { get; private set; }

    /// <summary>Fills in the file's facts for a new document of <paramref name="organizationId"/>.</summary>
    protected void Keep(Guid organizationId, CheckedFile file, Guid userId, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        FileName = CleanFileName(file.OriginalName, file.ContentType);
        StoredName = Id.ToString("N");
        ContentType = file.ContentType;
        SizeBytes = file.Bytes.Length;
        Sha256 = file.Sha256;
        UploadedAtUtc = nowUtc;
        UploadedByUserId = userId;
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

    /// <summary>The columns every document table has, configured once.</summary>
    internal static void Configure<T>(EntityTypeBuilder<T> b, string table) where T : Document
    {
        b.ToTable(table);
        b.HasKey(d => d.Id);
        b.Property(d => d.FileName).HasMaxLength(120).IsRequired();
        b.Property(d => d.StoredName).HasMaxLength(40).IsRequired();
        b.Property(d => d.ContentType).HasMaxLength(50).IsRequired();
        b.Property(d => d.Sha256).HasMaxLength(64).IsRequired();
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
