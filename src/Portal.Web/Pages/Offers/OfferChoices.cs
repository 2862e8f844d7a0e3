using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Pages.Offers;

/// <summary>The lists an offer form chooses from: occupations, programs, countries.</summary>
public sealed record OfferChoices(
    IReadOnlyList<(string Code, string Label)> Occupations,
    IReadOnlyList<(string Code, string Label)> Programs,
    IReadOnlyList<(string Code, string Label)> Countries)
{
    public static async Task<OfferChoices> LoadAsync(PortalDbContext db, CancellationToken ct)
    {
        var occupations = await db.Occupations.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.Code)
            .Select(o => new { o.Code, o.Title, o.Teer }).ToListAsync(ct);
        var programs = await db.Programs.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.SortOrder)
            .Select(p => new { p.Code, p.Name }).ToListAsync(ct);
        var french = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";
        var countries = await db.Countries.AsNoTracking().Select(c => new { c.Code, c.NameEn, c.NameFr }).ToListAsync(ct);
        return new OfferChoices(
            occupations.Select(o => (o.Code, $"{o.Code} {o.Title} (TEER {o.Teer})")).ToList(),
            programs.Select(p => (p.Code, p.Name)).ToList(),
            countries.Select(c => (c.Code, french ? c.NameFr : c.NameEn)).OrderBy(c => c.Item2, StringComparer.Create(CultureInfo.CurrentCulture, true)).ToList());
    }
}
