using Portal.Web.Features.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Features.Offers;

namespace Portal.Web.Features.Documents;

/// <summary>
/// Downloads a document of a designation application, an endorsement case or a commitment. The organization filter
/// answers 404 for another organization's; administrators, who review designations, read every organization's.
/// </summary>
public sealed class DownloadModel(PortalDbContext db, DocumentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var document = await db.AtlanticDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return NotFound();
        var path = store.PathOf(document.OrganizationId, document.StoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, document.ContentType, document.FileName);
    }
}
