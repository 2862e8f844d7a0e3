using Microsoft.EntityFrameworkCore;
using Portal.Web.Auditing;
using Portal.Web.Data;

namespace Portal.Web.Features.Atlantic.Designations;

/// <summary>Everything shown about one application, to its organization and to the administrators who review it.</summary>
public sealed record DesignationView(
    DesignationApplication Application, string OrganizationName, IReadOnlyList<DesignationView.DocumentRow> Documents,
    IReadOnlyDictionary<Guid, string> People, IReadOnlyList<AuditRow> History)
{
    public sealed record DocumentRow(Guid Id, AtlanticDocumentKind Kind, string FileName, long SizeBytes, DateTime UploadedAtUtc, Guid UploadedBy);

    public string Name(Guid? userId) => userId is { } id ? People.GetValueOrDefault(id, "?") : string.Empty;

    /// <summary>Null when there is no such application in what the signed-in person may see (another organization's: 404).</summary>
    public static async Task<DesignationView?> LoadAsync(PortalDbContext db, Guid id, CancellationToken ct)
    {
        var a = await db.DesignationApplications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == a.OrganizationId)
            .Select(o => o.OperatingName ?? o.LegalName).FirstAsync(ct);
        var documents = await db.AtlanticDocuments.AsNoTracking().Where(d => d.SubjectId == id).OrderBy(d => d.UploadedAtUtc)
            .Select(d => new DocumentRow(d.Id, d.Kind, d.FileName, d.SizeBytes, d.UploadedAtUtc, d.UploadedByUserId)).ToListAsync(ct);
        var ids = new[] { a.CreatedByUserId, a.SubmittedByUserId, a.ChangesRequestedByUserId, a.DecidedByUserId, a.WithdrawnByUserId }
            .OfType<Guid>().Concat(documents.Select(d => d.UploadedBy)).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var keys = documents.Select(d => d.Id.ToString()).Append(id.ToString()).ToList();
        var history = await db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == nameof(DesignationApplication) || e.EntityType == nameof(AtlanticDocument)) && keys.Contains(e.EntityId))
            .OrderByDescending(e => e.Id).Take(100)
            .Select(e => new AuditRow(e.Id, e.OccurredAtUtc, e.ActorName, e.EntityType, e.EntityId, e.Action, e.Changes))
            .ToListAsync(ct);
        return new DesignationView(a, organization, documents, people, history);
    }
}
