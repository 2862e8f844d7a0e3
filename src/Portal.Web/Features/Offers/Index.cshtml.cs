using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Shared;

namespace Portal.Web.Features.Offers;

/// <summary>The organization's offers (every organization's, read-only, for administrators): search, filters, sort, pages, CSV.</summary>
public sealed class IndexModel(PortalDbContext db, ReferenceData.ReferenceCache reference) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Organization, string WorkerName, string JobTitle, string OccupationCode, string ProgramCode,
        OfferStatus Status, string? OfferNumber, DateOnly StartDate, DateTime CreatedAtUtc);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public OfferStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Program { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "newest";
    [BindProperty(SupportsGet = true, Name = Pager.QueryKey)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public IReadOnlyList<(string Code, string Name)> Programs { get; private set; } = [];
    public static readonly string[] Sorts = ["newest", "oldest", "start", "worker", "status"];

    public async Task OnGetAsync(CancellationToken ct)
    {
        IgnoreOutOfRange();
        var query = Filtered();
        var page = Pager.Normalize(PageNumber);
        // A first page that is not full is the whole list: its length is the count, and the count query is saved.
        var rows = page == 1 ? await Project(Sorted(query).Take(PageSize)).ToListAsync(ct) : null;
        var total = rows is { Count: < PageSize } ? rows.Count : await query.CountAsync(ct);
        Pager = new Pager(page, PageSize, total, "/Offers", Filters());
        Rows = rows is not null && Pager.Skip == 0 ? rows : await Project(Sorted(query).Skip(Pager.Skip).Take(PageSize)).ToListAsync(ct);
        Programs = await reference.ProgramsAsync(db, ct);
    }

    /// <summary>The CSV of what the list shows: the same search, filters and sort, every page.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        IgnoreOutOfRange();
        var rows = await Project(Sorted(Filtered())).ToListAsync(ct);
        // A member's rows carry no organization name (it is theirs); the file names it on every line all the same.
        var own = await db.Organizations.AsNoTracking().Select(o => o.OperatingName ?? o.LegalName).FirstOrDefaultAsync(ct);
        using var buffer = new MemoryStream();
        // Injection escaped: a worker name such as "=cmd|..." must not run as a formula in a spreadsheet.
        using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteHeader(["Organization", "Worker", "JobTitle", "Occupation", "Program", "Status", "OfferNumber", "StartDate", "Created"]);
            foreach (var r in rows)
                csv.WriteRecord([r.Organization.Length > 0 ? r.Organization : own ?? "", r.WorkerName, r.JobTitle, r.OccupationCode, r.ProgramCode, r.Status.ToString(), r.OfferNumber ?? "",
                    r.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.CreatedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)]);
        }
        return File(buffer.ToArray(),
            "text/csv; charset=utf-8", $"offers-{DateTime.UtcNow:yyyyMMdd}.csv");
    }

    /// <summary>A value no form of the portal sends filters nothing: the list is shown without it rather than an error.</summary>
    private void IgnoreOutOfRange()
    {
        // A year that a date cannot hold whole (0, negative, 9999 and later, whose end is past the calendar's).
        if (Year is < 1 or > 9998) Year = null;
        if (!Sorts.Contains(Sort)) Sort = "newest";
    }

    public Dictionary<string, string?> Filters() => new()
    {
        ["q"] = Q, ["status"] = Status?.ToString(), ["program"] = Program, ["year"] = Year?.ToString(CultureInfo.InvariantCulture),
        ["sort"] = Sort == "newest" ? null : Sort,
    };

    private IQueryable<Offer> Filtered()
    {
        // The organization filter of the DbContext decides whose offers these are.
        var query = db.Offers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            var number = q.ToUpperInvariant();
            var pattern = Search.Contains(q);
            query = query.Where(o => EF.Functions.Like(o.WorkerFamilyName.ToLower(), pattern, Search.Escape) || EF.Functions.Like(o.WorkerGivenNames.ToLower(), pattern, Search.Escape)
                || EF.Functions.Like(o.JobTitle.ToLower(), pattern, Search.Escape) || o.OfferNumber == number);
        }
        if (Status is { } status) query = query.Where(o => o.Status == status);
        if (!string.IsNullOrEmpty(Program)) query = query.Where(o => o.ProgramCode == Program || o.PathwayCode == Program);
        if (Year is { } year)
        {
            var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var to = from.AddYears(1);
            query = query.Where(o => o.CreatedAtUtc >= from && o.CreatedAtUtc < to);
        }
        return query;
    }

    private IQueryable<Offer> Sorted(IQueryable<Offer> query) => Sort switch
    {
        "oldest" => query.OrderBy(o => o.CreatedAtUtc),
        "start" => query.OrderBy(o => o.StartDate).ThenBy(o => o.CreatedAtUtc),
        "worker" => query.OrderBy(o => o.WorkerFamilyName).ThenBy(o => o.WorkerGivenNames),
        "status" => query.OrderBy(o => o.Status).ThenByDescending(o => o.CreatedAtUtc),
        _ => query.OrderByDescending(o => o.CreatedAtUtc),
    };

    /// <summary>Members see their own organization only, so its name is not fetched for every row; administrators get it.</summary>
    private IQueryable<Row> Project(IQueryable<Offer> query) => User.IsInRole(Identity.PortalRoles.Administrator)
        // No IgnoreQueryFilters here: in EF Core it would lift the organization filter from the whole query.
        ? query.Join(db.Organizations, o => o.OrganizationId, g => g.Id, (o, g) => new Row(
            o.Id, g.OperatingName ?? g.LegalName, o.WorkerGivenNames + " " + o.WorkerFamilyName, o.JobTitle, o.OccupationCode, o.ProgramCode,
            o.Status, o.OfferNumber, o.StartDate, o.CreatedAtUtc))
        : query.Select(o => new Row(
            o.Id, string.Empty, o.WorkerGivenNames + " " + o.WorkerFamilyName, o.JobTitle, o.OccupationCode, o.ProgramCode,
            o.Status, o.OfferNumber, o.StartDate, o.CreatedAtUtc));
}
