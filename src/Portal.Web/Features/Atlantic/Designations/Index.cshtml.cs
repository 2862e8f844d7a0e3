using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Organizations;

namespace Portal.Web.Features.Atlantic.Designations;

/// <summary>The organization's designation in each Atlantic province, and every application it made.</summary>
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, Province Province, DesignationStatus Status, int Version, DateTime CreatedAtUtc,
        DateTime? SubmittedAtUtc, DateTime? DecidedAtUtc, string? DesignationNumber, DateOnly? ExpiresOn, string? RefusalReason, string? ChangesRequested);

    /// <summary>Per province: the designation in force, if any, and the latest application.</summary>
    public sealed record ProvinceState(Province Province, Row? Designation, Row? Latest, bool CanApply);

    public IReadOnlyList<ProvinceState> Provinces { get; private set; } = [];
    public IReadOnlyList<Row> Applications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = clock.Today();
        Applications = await db.DesignationApplications.AsNoTracking().OrderByDescending(a => a.CreatedAtUtc)
            .Select(a => new Row(a.Id, a.Province, a.Status, a.Version, a.CreatedAtUtc, a.SubmittedAtUtc, a.DecidedAtUtc,
                a.DesignationNumber, a.ExpiresOn, a.RefusalReason, a.ChangesRequested))
            .ToListAsync(ct);
        Provinces = Organizations.Provinces.Atlantic.OrderBy(p => Organizations.Provinces.DisplayNameKey(p)).Select(p =>
        {
            var mine = Applications.Where(a => a.Province == p).ToList();
            var designation = mine.FirstOrDefault(a => a.Status == DesignationStatus.Approved && (a.ExpiresOn is null || a.ExpiresOn >= today));
            var latest = mine.FirstOrDefault();
            var open = mine.Any(a => a.Status is DesignationStatus.Draft or DesignationStatus.Submitted or DesignationStatus.ChangesRequested);
            return new ProvinceState(p, designation, latest, !open && designation is null);
        }).ToList();
    }
}
