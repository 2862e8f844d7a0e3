using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Offers;

/// <summary>Loads what the eligibility check and the fee step need from the reference data.</summary>
public static class OfferFacts
{
    public static async Task<EligibilityFacts> ForAsync(PortalDbContext db, OfferDetails offer, Guid organizationId, DateOnly today, CancellationToken ct)
    {
        var program = await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.Code == offer.ProgramCode, ct);
        var occupation = await db.Occupations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == offer.OccupationCode, ct);
        var list = program is { UsesOccupationList: true }
            ? (await db.ProgramOccupations.AsNoTracking().Where(p => p.ProgramCode == program.Code).Select(p => p.OccupationCode).ToListAsync(ct)).ToHashSet()
            : [];
        var participating = false;
        if (program is { RequiresParticipatingEmployer: true })
        {
            var org = await db.Organizations.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == organizationId, ct);
            var employers = await db.ParticipatingEmployers.AsNoTracking().Where(e => e.ProgramCode == program.Code).ToListAsync(ct);
            participating = employers.Any(e => e.Matches(org.Id, org.BusinessNumber));
        }
        return new EligibilityFacts(program, occupation, list, participating, today);
    }

    /// <summary>The compliance fee in force on a day.</summary>
    public static Task<ReferenceData.ComplianceFee?> FeeOnAsync(PortalDbContext db, DateOnly day, CancellationToken ct) =>
        db.ComplianceFees.AsNoTracking().Where(f => f.EffectiveFrom <= day).OrderByDescending(f => f.EffectiveFrom).FirstOrDefaultAsync(ct);
}
