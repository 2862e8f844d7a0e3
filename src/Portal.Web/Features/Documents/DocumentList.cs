using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Documents;

/// <summary>A document as the lists show it (<c>_DocumentList</c>): link, kind, size, when and by whom.</summary>
public sealed record DocumentRow(Guid Id, DocumentKind Kind, string FileName, long SizeBytes, DateTime UploadedAtUtc, string UploadedBy);

public static class DocumentList
{
    /// <summary>The documents kept with the given owners, oldest first, with the names of who uploaded them.</summary>
    public static async Task<IReadOnlyList<DocumentRow>> ForAsync(PortalDbContext db, IReadOnlyCollection<Guid> ownerIds, CancellationToken ct)
    {
        var documents = await db.Documents.AsNoTracking().Where(d => ownerIds.Contains(d.OwnerId)).OrderBy(d => d.UploadedAtUtc)
            .Select(d => new { d.Id, d.Kind, d.FileName, d.SizeBytes, d.UploadedAtUtc, d.UploadedByUserId }).ToListAsync(ct);
        var people = documents.Select(d => d.UploadedByUserId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        return documents.Select(d => new DocumentRow(d.Id, d.Kind, d.FileName, d.SizeBytes, d.UploadedAtUtc, names.GetValueOrDefault(d.UploadedByUserId, "?"))).ToList();
    }
}
