using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Atlantic.Endorsements;

/// <summary>The organization's endorsement cases, and its offers under an Atlantic class that have no case yet.</summary>
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string CandidateName, Province Province, AipClass Class, EndorsementStage Stage, int Open, int Overdue);
    public sealed record OfferRow(Guid Id, string WorkerName, string JobTitle, string ProgramCode);

    public IReadOnlyList<Row> Cases { get; private set; } = [];
    public IReadOnlyList<OfferRow> OffersWithoutCase { get; private set; } = [];
    public IReadOnlyList<Province> DesignatedIn { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var cases = await db.EndorsementCases.AsNoTracking().OrderByDescending(c => c.OpenedAtUtc).ToListAsync(ct);
        var counts = await db.SettlementCommitments.AsNoTracking()
            .Where(c => c.Status == CommitmentStatus.Planned || c.Status == CommitmentStatus.InProgress)
            .GroupBy(c => c.CaseId)
            .Select(g => new { g.Key, Open = g.Count(), Overdue = g.Count(c => c.DueOn < today) })
            .ToDictionaryAsync(g => g.Key, ct);
        Cases = cases.Select(c => new Row(c.Id, c.CandidateName, c.Province, c.Class, c.Stage,
            counts.GetValueOrDefault(c.Id)?.Open ?? 0, counts.GetValueOrDefault(c.Id)?.Overdue ?? 0)).ToList();
        string[] aip = ["C18", "AIP-HS", "AIP-IS", "AIP-IG"];
        OffersWithoutCase = await db.Offers.AsNoTracking()
            .Where(o => aip.Contains(o.ProgramCode) && o.Status != OfferStatus.Withdrawn && !db.EndorsementCases.Any(c => c.OfferId == o.Id))
            .OrderBy(o => o.CreatedAtUtc).Take(50)
            .Select(o => new OfferRow(o.Id, o.WorkerGivenNames + " " + o.WorkerFamilyName, o.JobTitle, o.ProgramCode))
            .ToListAsync(ct);
        DesignatedIn = (await db.DesignationApplications.AsNoTracking()
                .Where(a => a.Status == DesignationStatus.Approved && (a.ExpiresOn == null || a.ExpiresOn >= today))
                .Select(a => a.Province).ToListAsync(ct))
            .Distinct().Order().ToList();
    }
}
