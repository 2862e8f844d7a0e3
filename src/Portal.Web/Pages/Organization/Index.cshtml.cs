using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Organizations;

namespace Portal.Web.Pages.Organization;

public sealed class IndexModel(PortalDbContext db) : PageModel
{
    public Organizations.Organization Organization { get; private set; } = null!;
    public int ActiveMembers { get; private set; }
    public int ActiveOwners { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The organization filter leaves exactly the signed-in member's own organization.
        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(ct);
        if (org is null) return NotFound();
        Organization = org;
        var counts = await db.Memberships.AsNoTracking().Where(m => m.IsActive)
            .GroupBy(m => m.Role).Select(g => new { Role = g.Key, Count = g.Count() }).ToListAsync(ct);
        ActiveMembers = counts.Sum(c => c.Count);
        ActiveOwners = counts.Where(c => c.Role == MemberRole.EmployerOwner).Sum(c => c.Count);
        return Page();
    }
}
