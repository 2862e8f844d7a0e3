using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Auditing;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Features.Shared;
using Portal.Web.Localization;

namespace Portal.Web.Features.Admin;

/// <summary>The outbox for administrators: pending, sent and failed emails with their attempts and last error; a failed one can be retried.</summary>
public sealed class OutboxModel(PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Type, string Recipient, string Subject, OutboxStatus Status, int Attempts,
        DateTime CreatedAtUtc, DateTime NextAttemptAtUtc, DateTime? SentAtUtc, string? LastError);

    [BindProperty(SupportsGet = true)] public OutboxStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true, Name = Pager.QueryKey)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();
    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counts = await db.OutboxEmails.AsNoTracking().GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var query = db.OutboxEmails.AsNoTracking();
        if (Status is { } s) query = query.Where(o => o.Status == s);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = Search.Contains(Q);
            query = query.Where(o => EF.Functions.Like(o.Recipient.ToLower(), pattern, Search.Escape));
        }
        var total = await query.CountAsync(ct);
        Pager = new Pager(Pager.Normalize(PageNumber), PageSize, total, "/Admin/Outbox",
            new Dictionary<string, string?> { ["status"] = Status?.ToString(), ["q"] = Q });
        Rows = await query.OrderByDescending(o => o.CreatedAtUtc).Skip(Pager.Skip).Take(PageSize)
            .Select(o => new Row(o.Id, o.Type, o.Recipient, o.Subject, o.Status, o.Attempts, o.CreatedAtUtc, o.NextAttemptAtUtc, o.SentAtUtc, o.LastError))
            .ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken ct)
    {
        var row = await db.OutboxEmails.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (row is null) return NotFound();
        var (status, attempts, error) = (row.Status, row.Attempts, row.LastError);
        var now = clock.GetUtcNow().UtcDateTime;
        if (row.Retry(now))
        {
            // Outbox rows stay out of the automatic audit trail (their bodies can hold one-time links), but an administrator
            // sending an email again is an act someone answers for: who, when and which email, in the same SaveChanges, so
            // the retry and its record commit or fail together.
            var changes = JsonSerializer.Serialize(new
            {
                before = new { Status = status.ToString(), Attempts = attempts, LastError = error },
                after = new { Status = row.Status.ToString(), Attempts = row.Attempts, row.Recipient, row.Subject, row.Type },
            });
            db.AuditEntries.Add(AuditEntry.Record(now, null, db.Actor.UserId, db.Actor.Name, nameof(OutboxEmail), row.Id.ToString(), AuditAction.Retried, changes));
            await db.SaveChangesAsync(ct);
            TempData["Status"] = l["The email to {0} will be sent again at the next sweep.", row.Recipient].Value;
        }
        else
        {
            TempData["Error"] = l["Only a failed email can be retried."].Value;
        }
        return RedirectToPage(new { status = Status });
    }
}
