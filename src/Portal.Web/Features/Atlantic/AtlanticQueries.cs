using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Atlantic;

public static class AtlanticQueries
{
    /// <summary>Whether the signed-in organization (through the filter) is designated in the province on that day.</summary>
    public static Task<bool> IsDesignatedAsync(this PortalDbContext db, Province province, DateOnly day, CancellationToken ct) =>
        db.DesignationApplications.AnyAsync(a => a.Province == province && a.Status == DesignationStatus.Approved
            && (a.ExpiresOn == null || a.ExpiresOn >= day), ct);

    /// <summary>The organization's active members, by name, to own commitments.</summary>
    public static async Task<List<(Guid Id, string Name)>> ActiveMembersAsync(this PortalDbContext db, CancellationToken ct) =>
        (await db.Memberships.AsNoTracking().Where(m => m.IsActive)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName })
            .OrderBy(u => u.FullName)
            .ToListAsync(ct))
        .Select(u => (u.Id, u.FullName)).ToList();

    /// <summary>The first day a commitment of the case can be due (see <see cref="EndorsementCase.EarliestDueDate"/>).</summary>
    public static async Task<DateOnly> EarliestDueAsync(this PortalDbContext db, EndorsementCase endorsement, CancellationToken ct)
    {
        var offerCreated = endorsement.OfferId is { } offer
            ? await db.Offers.AsNoTracking().Where(o => o.Id == offer).Select(o => (DateTime?)o.CreatedAtUtc).FirstOrDefaultAsync(ct)
            : null;
        return EndorsementCase.EarliestDueDate(endorsement.OpenedAtUtc, offerCreated);
    }
}
