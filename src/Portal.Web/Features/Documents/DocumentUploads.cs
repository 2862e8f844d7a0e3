using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Documents;

/// <summary>
/// The one way a document comes in, for every page that takes one: the upload is checked (a kind of its owner's, size,
/// real type), its bytes are kept and its row is added to the page's context, which the page then saves with the rest of
/// its step. Should that save fail, the bytes are removed again, so that no file is kept without its row.
/// </summary>
public static class DocumentUploads
{
    public static async Task<(Document? Document, DocumentStore.Problem? Problem)> AddAsync(
        PortalDbContext db, DocumentStore store, IFormFile file, Guid organizationId, DocumentOwner ownerType, Guid ownerId,
        DocumentKind kind, Guid userId, DateTime nowUtc, CancellationToken ct)
    {
        if (!Document.IsKindOf(ownerType, kind)) return (null, DocumentStore.Problem.WrongKind);
        var (bytes, type, hash, problem) = await DocumentStore.ReadAsync(file, ct);
        if (problem is not null) return (null, problem);
        var document = Document.Create(organizationId, ownerType, ownerId, kind, new CheckedFile(bytes!, type!, hash!, file.FileName), userId, nowUtc);
        var path = await store.SaveAsync(document.OrganizationId, document.StoredName, bytes!, ct);
        void Failed(object? sender, SaveChangesFailedEventArgs e) => DocumentStore.Remove(path);
        void Saved(object? sender, SavedChangesEventArgs e) => db.SaveChangesFailed -= Failed;
        db.SaveChangesFailed += Failed;
        db.SavedChanges += Saved;
        db.Documents.Add(document);
        return (document, null);
    }
}
