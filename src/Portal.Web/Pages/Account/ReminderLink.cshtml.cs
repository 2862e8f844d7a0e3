using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Reminders;

namespace Portal.Web.Pages.Account;

/// <summary>
/// The link at the foot of every reminder email: without signing in, the person changes how that one reminder type
/// reaches them. The token is the only authority: it names the person and the type, and a tampered or expired one
/// changes nothing. Opening the link changes nothing either (mail scanners open links); the button does.
/// </summary>
public sealed class ReminderLinkModel(PortalDbContext db, ReminderLinks links, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public ReminderDelivery? Delivery { get; set; }

    public bool Valid { get; private set; }
    public ReminderType Type { get; private set; }
    public string Email { get; private set; } = string.Empty;
    public ReminderDelivery Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var target = await LoadAsync(ct);
        if (target is not { } t) return Page();
        if (Delivery is not { } chosen || !Enum.IsDefined(chosen))
        {
            ModelState.AddModelError(nameof(Delivery), l["Choose one of the settings offered."]);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // Nobody is signed in: the audit trail records the change as made through the emailed link.
        db.Actor.ActAsSystem("reminder-link");
        var row = await db.ReminderPreferences.FirstOrDefaultAsync(p => p.UserId == t.UserId && p.Type == t.Type, ct);
        if (row is null) db.ReminderPreferences.Add(ReminderPreference.Create(t.UserId, t.Type, chosen, now));
        else row.Change(chosen, now);
        await db.SaveChangesAsync(ct);
        Current = chosen;
        TempData["Status"] = l["Saved: \"{0}\" now reaches you as \"{1}\".", l[ReminderLabels.Name(t.Type)], l[ReminderLabels.Name(chosen)]].Value;
        return RedirectToPage(new { token = Token });
    }

    private async Task<(Guid UserId, ReminderType Type)?> LoadAsync(CancellationToken ct)
    {
        if (links.Read(Token) is not { } t) return null;
        var email = await db.Users.AsNoTracking().Where(u => u.Id == t.UserId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        if (email is null) return null;
        Valid = true;
        Type = t.Type;
        Email = email;
        Current = await db.ReminderPreferences.AsNoTracking().Where(p => p.UserId == t.UserId && p.Type == t.Type)
            .Select(p => (ReminderDelivery?)p.Delivery).FirstOrDefaultAsync(ct) ?? ReminderDelivery.Email;
        return t;
    }
}
