using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Features.Organizations;

public sealed class EditModel(PortalDbContext db, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty] public OrganizationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var org = await db.Organizations.AsNoTracking().SingleOrDefaultAsync(ct);
        if (org is null) return NotFound();
        Input.CopyFrom(org);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var org = await db.Organizations.SingleOrDefaultAsync(ct);
        if (org is null) return NotFound();
        if (BusinessNumber.Validate(Input.BusinessNumber) is { } problem)
            ModelState.AddModelError("Input.BusinessNumber", OrganizationForm.Describe(problem, l));
        if (!ModelState.IsValid) return Page();

        var bn = BusinessNumber.Normalize(Input.BusinessNumber);
        if (await db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.BusinessNumber == bn && o.Id != org.Id, ct))
        {
            ModelState.AddModelError("Input.BusinessNumber", l["An organization with this business number is already registered. Ask one of its owners to invite you."]);
            return Page();
        }
        org.UpdateDetails(Input.ToDetails());
        await db.SaveChangesAsync(ct);
        TempData["Status"] = l["The organization's details are saved."].Value;
        return RedirectToPage("Index");
    }
}
