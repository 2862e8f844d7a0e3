using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Organizations;

namespace Portal.Web.Pages.Admin;

public sealed class OrganizationModel(PortalDbContext db) : PageModel
{
    public sealed record MemberRow(string FullName, string Email, MemberRole Role, bool IsActive);

    public Organizations.Organization Organization { get; private set; } = null!;
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var org = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (org is null) return NotFound();
        Organization = org;
        Members = await db.Memberships.AsNoTracking().Where(m => m.OrganizationId == id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new MemberRow(u.FullName, u.Email!, m.Role, m.IsActive))
            .ToListAsync(ct);
        return Page();
    }
}
