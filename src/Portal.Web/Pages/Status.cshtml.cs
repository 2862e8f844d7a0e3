using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Pages;

/// <summary>The friendly page for 4xx answers (re-executed by the status-code middleware; the status stays).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Heading { get; private set; } = string.Empty;
    public string Explanation { get; private set; } = string.Empty;

    public void OnGet(int code) => Describe(code);
    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Explanation) = code switch
        {
            404 => (l["Page not found"].Value, l["There is nothing at this address, or it is not yours to see. Check the link, or go back to the home page."].Value),
            403 => (l["Not allowed"].Value, l["Your role does not allow this."].Value),
            400 => (l["The request could not be accepted"].Value, l["The form may have expired. Go back, reload the page and try again."].Value),
            _ => (l["Something went wrong"].Value, l["The portal could not complete your request."].Value),
        };
    }
}
