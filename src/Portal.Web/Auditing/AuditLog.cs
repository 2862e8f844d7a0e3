using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Shared;

namespace Portal.Web.Auditing;

public sealed record AuditRow(long Id, DateTime OccurredAtUtc, string ActorName, string EntityType, string EntityId, AuditAction Action, string Changes, string? ClientAddress = null);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, Pager Pager, IReadOnlyList<string> EntityTypes);

/// <summary>What a reader narrows the audit trail to: one entity type, security events only, one person.</summary>
public sealed record AuditFilter(string? EntityType = null, bool SecurityOnly = false, string? Person = null, Guid? OrganizationId = null)
{
    /// <summary>The query-string value of "security events only".</summary>
    public const string SecurityKind = "security";
}

/// <summary>Reads the audit trail a page at a time, newest first. The organization filter decides whose rows.</summary>
public static class AuditLog
{
    public const int PageSize = 50;

    /// <summary>
    /// The history of some records, as a record's page shows it: the entries about <paramref name="entityIds"/> recorded
    /// under one of <paramref name="entityTypes"/>, newest first (or oldest first, for a timeline), at most <paramref name="take"/>.
    /// </summary>
    public static async Task<IReadOnlyList<AuditRow>> HistoryOfAsync(PortalDbContext db, IReadOnlyCollection<string> entityTypes,
        IReadOnlyCollection<string> entityIds, CancellationToken ct, int take = 100, bool oldestFirst = false)
    {
        var query = db.AuditEntries.AsNoTracking().Where(a => entityTypes.Contains(a.EntityType) && entityIds.Contains(a.EntityId));
        query = oldestFirst ? query.OrderBy(a => a.Id) : query.OrderByDescending(a => a.Id);
        return await query.Take(take)
            .Select(a => new AuditRow(a.Id, a.OccurredAtUtc, a.ActorName, a.EntityType, a.EntityId, a.Action, a.Changes, null))
            .ToListAsync(ct);
    }

    public static async Task<AuditPage> ReadAsync(PortalDbContext db, string path, int page, AuditFilter filter, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.EntityType)) query = query.Where(a => a.EntityType == filter.EntityType);
        if (filter.SecurityOnly) query = query.Where(a => a.EntityType == SecurityEvents.EntityType);
        if (filter.OrganizationId is { } organizationId) query = query.Where(a => a.OrganizationId == organizationId);
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            // A person, by email address or name: what they did (the actor is their email address) and what was done
            // to their account (rows about it carry its id, which the audit trail writes in lower case).
            var pattern = Search.Contains(filter.Person);
            var people = await db.Users.AsNoTracking()
                .Where(u => (u.Email != null && EF.Functions.Like(u.Email.ToLower(), pattern, Search.Escape)) || EF.Functions.Like(u.FullName.ToLower(), pattern, Search.Escape))
                .Select(u => new { u.Id, u.Email }).Take(50).ToListAsync(ct);
            var ids = people.Select(p => p.Id.ToString()).ToList();
            var emails = people.Where(p => p.Email != null).Select(p => p.Email!).ToList();
            query = query.Where(a => EF.Functions.Like(a.ActorName.ToLower(), pattern, Search.Escape) || emails.Contains(a.ActorName) || ids.Contains(a.EntityId));
        }
        var total = await query.CountAsync(ct);
        var pager = new Pager(Pager.Normalize(page), PageSize, total, path, new Dictionary<string, string?>
        {
            ["entityType"] = filter.EntityType,
            ["kind"] = filter.SecurityOnly ? AuditFilter.SecurityKind : null,
            ["person"] = string.IsNullOrWhiteSpace(filter.Person) ? null : filter.Person,
            ["organizationId"] = filter.OrganizationId?.ToString(),
        });
        var rows = await query.OrderByDescending(a => a.Id).Skip(pager.Skip).Take(PageSize)
            .Select(a => new AuditRow(a.Id, a.OccurredAtUtc, a.ActorName, a.EntityType, a.EntityId, a.Action, a.Changes, a.ClientAddress))
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
