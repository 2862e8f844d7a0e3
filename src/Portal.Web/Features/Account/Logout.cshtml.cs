using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Web.Identity;
using Portal.Web.Localization;

namespace Portal.Web.Features.Account;

public sealed class LogoutModel(PortalSignInManager signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Status"] = l["You are signed out."].Value;
        return Redirect("/");
    }
}
