using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Features.Documents;

/// <summary>
/// Downloads a document, whatever it is kept with: an offer, a designation application, an endorsement case or a
/// commitment. The organization filter answers 404 for another organization's; administrators read every organization's.
/// </summary>
public sealed class DownloadModel(PortalDbContext db, DocumentStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (document is null) return NotFound();
        var path = store.PathOf(document.OrganizationId, document.StoredName);
        if (!System.IO.File.Exists(path)) return NotFound();
        return PhysicalFile(path, document.ContentType, document.FileName);
    }
}
