using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Pages.Shared;

namespace Portal.Web.Auditing;

public sealed record AuditRow(long Id, DateTime OccurredAtUtc, string ActorName, string EntityType, string EntityId, AuditAction Action, string Changes);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, Pager Pager, IReadOnlyList<string> EntityTypes);

/// <summary>Reads the audit trail a page at a time, newest first. The organization filter decides whose rows.</summary>
public static class AuditLog
{
    public const int PageSize = 50;

    public static async Task<AuditPage> ReadAsync(
        PortalDbContext db, string path, int page, string? entityType, Guid? organizationId, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(entityType)) query = query.Where(a => a.EntityType == entityType);
        if (organizationId is not null) query = query.Where(a => a.OrganizationId == organizationId);
        var total = await query.CountAsync(ct);
        var pager = new Pager(Pager.Normalize(page), PageSize, total, path, new Dictionary<string, string?>
        {
            ["entityType"] = entityType,
            ["organizationId"] = organizationId?.ToString(),
        });
        var rows = await query.OrderByDescending(a => a.Id).Skip(pager.Skip).Take(PageSize)
            .Select(a => new AuditRow(a.Id, a.OccurredAtUtc, a.ActorName, a.EntityType, a.EntityId, a.Action, a.Changes))
            .ToListAsync(ct);
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        return new AuditPage(rows, pager, types);
    }
}

/// <summary>An audit row's change as a reader wants it: each field with its value before and after.</summary>
public static class AuditChanges
{
    public sealed record Field(string Name, string? Before, string? After);

    public static IReadOnlyList<Field> Fields(string changes)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(changes);
            var before = Values(doc.RootElement, "before");
            var after = Values(doc.RootElement, "after");
            return before.Keys.Union(after.Keys).Select(k => new Field(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k))).ToList();
        }
        catch (System.Text.Json.JsonException)
        {
            return [new Field("", null, changes)];
        }
    }

    private static Dictionary<string, string?> Values(System.Text.Json.JsonElement root, string side) =>
        root.TryGetProperty(side, out var element) && element.ValueKind == System.Text.Json.JsonValueKind.Object
            ? element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
            {
                System.Text.Json.JsonValueKind.Null => null,
                System.Text.Json.JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            })
            : [];
}
