using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Offers;

/// <summary>The lists an offer form chooses from: occupations, programs, countries.</summary>
public sealed record OfferChoices(
    IReadOnlyList<(string Code, string Label)> Occupations,
    IReadOnlyList<(string Code, string Label)> Programs,
    IReadOnlyList<(string Code, string Label)> Pathways,
    IReadOnlyList<(string Code, string Label)> Countries)
{
    /// <param name="keptCode">The code the offer has: it stays in the list even when offers can no longer choose it.</param>
    /// <param name="keptPathway">The pathway the offer has, likewise.</param>
    public static async Task<OfferChoices> LoadAsync(PortalDbContext db, CancellationToken ct, string? keptCode = null, string? keptPathway = null)
    {
        var keep = new[] { keptCode, keptPathway }.OfType<string>().ToList();
        var french = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";
        var occupations = await db.Occupations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Code)
            .Select(o => new { o.Code, Title = french && o.TitleFr != null ? o.TitleFr : o.Title, o.Teer }).ToListAsync(ct);
        // The Employer Portal takes an exemption code for an employer-specific permit; pathways are a second, optional list.
        var programs = await db.Programs.AsNoTracking().Where(p => p.IsActive || keep.Contains(p.Code)).OrderBy(p => p.SortOrder).ThenBy(p => p.Code)
            .Select(p => new { p.Code, p.Name, p.Kind, p.EmployerSpecific, p.IsActive }).ToListAsync(ct);
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Code, c.NameEn, c.NameFr }).ToListAsync(ct);
        return new OfferChoices(
            occupations.Select(o => (o.Code, $"{o.Code} {o.Title} (TEER {o.Teer})")).ToList(),
            programs.Where(p => (p.Kind == ProgramKind.ExemptionCode && p.EmployerSpecific && p.IsActive) || p.Code == keptCode).Select(p => (p.Code, p.Name.Contains(p.Code, StringComparison.Ordinal) ? p.Name : $"{p.Name} ({p.Code})")).ToList(),
            programs.Where(p => p.Kind != ProgramKind.ExemptionCode && (p.IsActive || p.Code == keptPathway)).Select(p => (p.Code, p.Name)).ToList(),
            countries.Select(c => (c.Code, french ? c.NameFr : c.NameEn)).OrderBy(c => c.Item2, StringComparer.Create(CultureInfo.CurrentCulture, true)).ToList());
    }
}
