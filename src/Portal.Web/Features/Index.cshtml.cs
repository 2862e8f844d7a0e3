using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Identity;

namespace Portal.Web.Features;

public sealed class IndexModel : PageModel
{
    /// <summary>Signed-in people go straight to their own start page.</summary>
    public IActionResult OnGet()
    {
        if (User.IsInRole(PortalRoles.Administrator)) return Redirect("/Admin");
        if (User.HasClaim(c => c.Type == PortalClaims.OrganizationId)) return Redirect("/Organization");
        return Page();
    }
}
