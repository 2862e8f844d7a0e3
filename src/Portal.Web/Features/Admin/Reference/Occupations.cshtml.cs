using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Shared;
using Portal.Web.Localization;
using Portal.Web.ReferenceData;

namespace Portal.Web.Features.Admin.Reference;

[RequestSizeLimit(6 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 6 * 1024 * 1024)]
public sealed class OccupationsModel(PortalDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.QueryKey)] public int PageNumber { get; set; } = 1;
    [BindProperty] public IFormFile? CsvFile { get; set; }

    public IReadOnlyList<Occupation> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = db.Occupations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = Search.Contains(Q);
            query = query.Where(o => EF.Functions.Like(o.Title.ToLower(), pattern, Search.Escape) || o.Code.StartsWith(Q.Trim()) || o.Noc2016Code == Q.Trim());
        }
        Pager = new Pager(Pager.Normalize(PageNumber), PageSize, await query.CountAsync(ct), "/Admin/Reference/Occupations", new Dictionary<string, string?> { ["q"] = Q });
        Rows = await query.OrderBy(o => o.Code).Skip(Pager.Skip).Take(PageSize).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (CsvFile is null || CsvFile.Length == 0)
        {
            ModelState.AddModelError(nameof(CsvFile), l["Choose a CSV file."]);
            await OnGetAsync(ct);
            return Page();
        }
        await using var stream = CsvFile.OpenReadStream();
        var result = await OccupationImport.ImportAsync(db, stream, ct);
        if (result.Problems.Count > 0)
        {
            Problems = result.Problems;
            ModelState.AddModelError(nameof(CsvFile), l["Nothing was imported: correct these lines and try again."]);
            await OnGetAsync(ct);
            return Page();
        }
        TempData["Status"] = l["Imported: {0} new occupations, {1} updated.", result.Added, result.Updated].Value;
        return RedirectToPage();
    }
}
