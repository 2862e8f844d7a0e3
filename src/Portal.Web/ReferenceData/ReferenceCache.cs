using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Portal.Web.Data;

namespace Portal.Web.ReferenceData;

/// <summary>
/// The program list that every offer list and form shows, read once and kept until an administrator changes a
/// program (the program page invalidates it) or for at most ten minutes.
/// </summary>
public sealed class ReferenceCache(IMemoryCache cache)
{
    private const string ProgramsKey = "reference:programs";

    public Task<IReadOnlyList<(string Code, string Name)>> ProgramsAsync(PortalDbContext db, CancellationToken ct) =>
        cache.GetOrCreateAsync<IReadOnlyList<(string Code, string Name)>>(ProgramsKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            var rows = await db.Programs.AsNoTracking().OrderBy(p => p.SortOrder).Select(p => new { p.Code, p.Name }).ToListAsync(ct);
            return rows.Select(p => (p.Code, p.Name)).ToList();
        })!;

    public void ProgramsChanged() => cache.Remove(ProgramsKey);
}
