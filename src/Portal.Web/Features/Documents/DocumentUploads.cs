using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Documents;

/// <summary>
/// The one way a document comes in, for every page that takes one: the upload is checked (size, real type), its bytes
/// are kept and its row is added to the page's context, which the page then saves with the rest of its step. Should that
/// save fail, the bytes are removed again, so that no file is kept without its row.
/// </summary>
public static class DocumentUploads
{
    public static async Task<(T? Document, DocumentStore.Problem? Problem)> AddAsync<T>(
        PortalDbContext db, DocumentStore store, IFormFile file, Func<CheckedFile, T> create, CancellationToken ct) where T : Document
    {
        var (bytes, type, hash, problem) = await DocumentStore.ReadAsync(file, ct);
        if (problem is not null) return (null, problem);
        var document = create(new CheckedFile(bytes!, type!, hash!, file.FileName));
        var path = await store.SaveAsync(document.OrganizationId, document.StoredName, bytes!, ct);
        void Failed(object? sender, SaveChangesFailedEventArgs e) => DocumentStore.Remove(path);
        void Saved(object? sender, SavedChangesEventArgs e) => db.SaveChangesFailed -= Failed;
        db.SaveChangesFailed += Failed;
        db.SavedChanges += Saved;
        db.Add(document);
        return (document, null);
    }
}
