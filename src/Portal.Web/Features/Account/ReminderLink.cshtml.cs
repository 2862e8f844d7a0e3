using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Features.Reminders;
using Portal.Web.Localization;

namespace Portal.Web.Features.Account;

/// <summary>
/// The link at the foot of every reminder email, and the List-Unsubscribe target of reminders and digests: without
/// signing in, the person changes how that one reminder type reaches them, or turns off what their daily digest
/// gathers. The token is the only authority: it names the person and the type, and a tampered or expired one changes
/// nothing. Opening the link changes nothing either (mail scanners open links); the button does, and so does a mail
/// client's one-click unsubscribe (RFC 8058), a POST of "List-Unsubscribe=One-Click" with no cookies.
/// </summary>
/// <remarks>
/// No antiforgery token here: a mail client's one-click POST has none and no cookie to match one, and there is no
/// ambient authority to protect. Nothing on this page comes from a cookie or a sign-in: whoever holds the signed token
/// may make this one change, and a forged request without the token changes nothing.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class ReminderLinkModel(PortalDbContext db, ReminderLinks links, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>What RFC 8058 section 3.1 says the one-click POST carries.</summary>
    public const string OneClick = "One-Click";

    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public ReminderDelivery? Delivery { get; set; }
    [BindProperty(Name = "List-Unsubscribe")] public string? ListUnsubscribe { get; set; }

    public bool Valid { get; private set; }
    /// <summary>The reminder type the link is for; null for the daily digest.</summary>
    public ReminderType? Type { get; private set; }
    public string Email { get; private set; } = string.Empty;
    public ReminderDelivery Current { get; private set; }
    /// <summary>For the digest link: the reminder types the person now gets in their daily digest.</summary>
    public IReadOnlyList<ReminderType> InDigest { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : Invalid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Invalid();
        var oneClick = string.Equals(ListUnsubscribe, OneClick, StringComparison.Ordinal);
        var chosen = oneClick ? ReminderDelivery.Off : Delivery;
        // The digest link offers one choice: off.
        if (chosen is not { } delivery || !Enum.IsDefined(delivery) || (Type is null && delivery != ReminderDelivery.Off))
        {
            ModelState.AddModelError(nameof(Delivery), l["Choose one of the settings offered."]);
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var userId = links.Read(Token)!.Value.UserId;
        // Nobody is signed in: the audit trail records the change as made through the emailed link.
        db.Actor.ActAsSystem("reminder-link");
        var saved = await db.ReminderPreferences.Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Type, ct);
        foreach (var type in Type is { } one ? [one] : InDigest)
        {
            if (saved.TryGetValue(type, out var row)) row.Change(delivery, now);
            else db.ReminderPreferences.Add(ReminderPreference.Create(userId, type, delivery, now));
        }
        await db.SaveChangesAsync(ct);

        TempData["Status"] = Type is { } t
            ? l["Saved: \"{0}\" now reaches you as \"{1}\".", l[ReminderLabels.Name(t)], l[ReminderLabels.Name(delivery)]].Value
            : l["Turned off: the reminders of your daily digest no longer reach you."].Value;
        // A mail client's one-click POST wants its answer now (RFC 8058 expects a 200), not a redirect to follow.
        if (oneClick)
        {
            await LoadAsync(ct);
            return Page();
        }
        return RedirectToPage(new { token = Token });
    }

    /// <summary>The page says the link is not valid; the status says so to a mail client too.</summary>
    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (links.Read(Token) is not { } t) return false;
        var email = await db.Users.AsNoTracking().Where(u => u.Id == t.UserId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        if (email is null) return false;
        Valid = true;
        Type = t.Type;
        Email = email;
        var saved = await db.ReminderPreferences.AsNoTracking().Where(p => p.UserId == t.UserId)
            .ToDictionaryAsync(p => p.Type, p => p.Delivery, ct);
        Current = t.Type is { } type ? saved.GetValueOrDefault(type, ReminderDelivery.Email) : ReminderDelivery.Digest;
        InDigest = saved.Where(p => p.Value == ReminderDelivery.Digest).Select(p => p.Key).Order().ToList();
        return true;
    }
}
