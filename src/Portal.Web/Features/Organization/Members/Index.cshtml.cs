using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Organizations.Members;

public sealed class IndexModel(PortalDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public sealed record MemberRow(Guid Id, string FullName, string Email, MemberRole Role, bool IsActive, DateTime JoinedAtUtc);
    public sealed record InvitationRow(Guid Id, string Email, MemberRole Role, InvitationState State, DateTime ExpiresAtUtc);

    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Members = await db.Memberships.AsNoTracking()
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m, u })
            .OrderByDescending(x => x.m.IsActive).ThenBy(x => x.u.FullName)
            .Select(x => new MemberRow(x.m.Id, x.u.FullName, x.u.Email!, x.m.Role, x.m.IsActive, x.m.JoinedAtUtc))
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.AcceptedAtUtc == null)
            .OrderByDescending(i => i.CreatedAtUtc).Take(50)
            .ToListAsync(ct);
        Invitations = invitations.Select(i => new InvitationRow(i.Id, i.Email, i.Role, i.StateAt(now), i.ExpiresAtUtc)).ToList();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null) return NotFound();
        if (!User.IsInRole(PortalRoles.EmployerOwner)) return Forbid();
        if (invitation.Revoke(clock.GetUtcNow().UtcDateTime))
        {
            await db.SaveChangesAsync(ct);
            TempData["Status"] = l["The invitation to {0} is withdrawn.", invitation.Email].Value;
        }
        return RedirectToPage();
    }
}
