using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;

namespace Portal.Web.Features;

/// <summary>The friendly page for 4xx answers (re-executed by the status-code middleware; the status stays).</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public string Heading { get; private set; } = string.Empty;
    public string Explanation { get; private set; } = string.Empty;

    public void OnGet() => Describe();
    public void OnPost() => Describe();

    /// <summary>
    /// The code from the address only, never bound from a form: re-executed for a refused post, this page receives that
    /// post's form, which may be the unreadable one refused (a NUL in it) or hold a field of the same name (the two-factor
    /// page's "Code").
    /// </summary>
    private int Code => int.TryParse(Request.Query["code"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0;

    private void Describe()
    {
        var code = Code;
        if (code == StatusCodes.Status429TooManyRequests)
        {
            // Retry-After was set by the rate limiter with the refusal (RFC 9110, 10.2.3): how many seconds to wait.
            var seconds = int.TryParse(Response.Headers.RetryAfter, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 60;
            Heading = l["Too many attempts"].Value;
            Explanation = seconds < 120
                ? l["This form was sent too many times in a short while. Try again in {0} seconds.", seconds].Value
                : l["This form was sent too many times in a short while. Try again in {0} minutes.", (seconds + 59) / 60].Value;
            return;
        }
        (Heading, Explanation) = code switch
        {
            404 => (l["Page not found"].Value, l["There is nothing at this address, or it is not yours to see. Check the link, or go back to the home page."].Value),
            403 => (l["Not allowed"].Value, l["Your role does not allow this."].Value),
            400 => (l["The request could not be accepted"].Value, l["The form may have expired. Go back, reload the page and try again."].Value),
            _ => (l["Something went wrong"].Value, l["The portal could not complete your request."].Value),
        };
    }
}
