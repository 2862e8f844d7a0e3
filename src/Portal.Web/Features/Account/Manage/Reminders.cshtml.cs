using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Reminders;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Account.Manage;

/// <summary>Each person chooses, per reminder type, an email each time, the daily digest, or nothing.</summary>
public sealed class RemindersModel(PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public IReadOnlyList<ReminderType> Types { get; private set; } = [];

    /// <summary>The choice per type, as posted: "Delivery[FeeNotRecorded]=Digest".</summary>
    [BindProperty] public Dictionary<ReminderType, ReminderDelivery> Delivery { get; set; } = new();

    private Guid UserId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Types = ReminderLabels.For(User.IsInRole(PortalRoles.Administrator), User.HasClaim(c => c.Type == PortalClaims.OrganizationId));
        var saved = await db.ReminderPreferences.AsNoTracking().Where(p => p.UserId == UserId).ToDictionaryAsync(p => p.Type, p => p.Delivery, ct);
        Delivery = Types.ToDictionary(t => t, t => saved.GetValueOrDefault(t, ReminderDelivery.Email));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Types = ReminderLabels.For(User.IsInRole(PortalRoles.Administrator), User.HasClaim(c => c.Type == PortalClaims.OrganizationId));
        foreach (var (type, delivery) in Delivery)
            if (!Types.Contains(type) || !Enum.IsDefined(delivery))
                ModelState.AddModelError($"Delivery[{type}]", l["Choose one of the settings offered."]);
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var saved = await db.ReminderPreferences.Where(p => p.UserId == UserId).ToDictionaryAsync(p => p.Type, ct);
        foreach (var (type, delivery) in Delivery)
        {
            if (saved.TryGetValue(type, out var row)) { if (row.Delivery != delivery) row.Change(delivery, now); }
            else if (delivery != ReminderDelivery.Email) db.ReminderPreferences.Add(ReminderPreference.Create(UserId, type, delivery, now));
        }
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["Your reminder settings are saved."].Value;
        return RedirectToPage();
    }
}
