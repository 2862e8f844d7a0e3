using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Organizations;
using Portal.Web.Features.Shared;

namespace Portal.Web.Features.Admin;

public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Name, string BusinessNumber, Province Province, DateTime RegisteredAtUtc);

    public string? Query { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(string? q, [FromQuery(Name = Pager.QueryKey)] int page, CancellationToken ct)
    {
        Query = q?.Trim();
        var query = db.Organizations.AsNoTracking();
        if (!string.IsNullOrEmpty(Query))
        {
            var pattern = Search.Contains(Query);
            query = query.Where(o => EF.Functions.Like(o.LegalName.ToLower(), pattern, Search.Escape)
                || (o.OperatingName != null && EF.Functions.Like(o.OperatingName.ToLower(), pattern, Search.Escape))
                || o.BusinessNumber.StartsWith(Query));
        }
        Pager = new Pager(Pager.Normalize(page), PageSize, await query.CountAsync(ct), "/Admin", new Dictionary<string, string?> { ["q"] = Query });
        Rows = await query.OrderBy(o => o.LegalName).Skip(Pager.Skip).Take(PageSize)
            .Select(o => new Row(o.Id, o.OperatingName ?? o.LegalName, o.BusinessNumber, o.Address.Province, o.RegisteredAtUtc))
            .ToListAsync(ct);
    }
}
