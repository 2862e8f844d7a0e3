using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Organizations;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Offers;

/// <summary>Loads what the eligibility check and the fee step need from the reference data.</summary>
public static class OfferFacts
{
    /// <param name="offerId">The offer, once it exists: its endorsement case is looked up by it.</param>
    /// <param name="judgedOn">The day whose rules apply: the submission day, or today for a draft.</param>
    /// <param name="draft">Whether the offer is (still) a draft: only then must its code and pathway be open to new offers.</param>
    public static async Task<EligibilityFacts> ForAsync(PortalDbContext db, OfferDetails offer, Guid organizationId, Guid? offerId, DateOnly judgedOn, bool draft, CancellationToken ct)
    {
        var code = await ProgramAsync(db, offer.ProgramCode, judgedOn, ct);
        var pathway = string.IsNullOrWhiteSpace(offer.PathwayCode) ? null : await ProgramAsync(db, offer.PathwayCode, judgedOn, ct);
        var occupation = await db.Occupations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == offer.OccupationCode, ct);
        var rules = new[] { code?.Rules, pathway?.Rules }.OfType<ProgramRuleSet>().ToList();

        var participating = false;
        if (code is { Rules.RequiresParticipatingEmployer: true })
        {
            var org = await db.Organizations.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == organizationId, ct);
            var employers = await db.ParticipatingEmployers.AsNoTracking().Where(e => e.ProgramCode == code.Program.Code).ToListAsync(ct);
            participating = employers.Any(e => e.Matches(org.Id, org.BusinessNumber));
        }
        IReadOnlySet<Province> designated = new HashSet<Province>();
        if (rules.Any(r => r.RequiresDesignation))
        {
            var approved = await db.DesignationApplications.IgnoreQueryFilters().AsNoTracking()
                .Where(d => d.OrganizationId == organizationId && d.Status == DesignationStatus.Approved).ToListAsync(ct);
            designated = approved.Where(d => d.DesignatesOn(judgedOn)).Select(d => d.Province).ToHashSet();
        }
        EndorsementStage? endorsement = null;
        if (offerId is { } id && rules.Any(r => r.RequiresEndorsement))
        {
            var cases = await db.EndorsementCases.IgnoreQueryFilters().AsNoTracking()
                .Where(c => c.OrganizationId == organizationId && c.OfferId == id).ToListAsync(ct);
            endorsement = cases.Count == 0 ? null : cases.Max(c => c.Stage);
        }
        return new EligibilityFacts(code, pathway, occupation, participating, designated, endorsement, judgedOn) { Draft = draft };
    }

    /// <summary>A program with the rule set in force on a day and, when those rules use one, its occupation list.</summary>
    public static async Task<ProgramFacts?> ProgramAsync(PortalDbContext db, string code, DateOnly day, CancellationToken ct)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var program = await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.Code == normalized, ct);
        if (program is null) return null;
        var sets = await db.ProgramRuleSets.AsNoTracking().Where(r => r.ProgramCode == normalized).ToListAsync(ct);
        var rules = ProgramRuleSet.InForce(sets, day);
        var list = rules is { UsesOccupationList: true }
            ? (await db.ProgramOccupations.AsNoTracking().Where(p => p.ProgramCode == normalized).Select(p => p.OccupationCode).ToListAsync(ct)).ToHashSet()
            : [];
        return new ProgramFacts(program, rules, list);
    }

    /// <summary>The compliance fee in force on a day.</summary>
    public static Task<ReferenceData.ComplianceFee?> FeeOnAsync(PortalDbContext db, DateOnly day, CancellationToken ct) =>
        db.ComplianceFees.AsNoTracking().Where(f => f.EffectiveFrom <= day).OrderByDescending(f => f.EffectiveFrom).FirstOrDefaultAsync(ct);
}
