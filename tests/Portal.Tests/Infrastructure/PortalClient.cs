using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// One person's browser session against the portal over HTTP: cookies kept, pages parsed with AngleSharp,
/// forms submitted with every field they carry (the antiforgery token included) plus what the test types.
/// </summary>
public sealed class PortalClient(HttpClient http, CookieContainer cookies) : IDisposable
{
    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);

    public HttpClient Http => http;

    /// <summary>The cookies this session holds, as the browser keeps them (a test can copy them, as a thief would).</summary>
    public CookieContainer Cookies => cookies;

    /// <summary>Copies every cookie of another session into this one.</summary>
    public void CopyCookiesFrom(PortalClient other)
    {
        foreach (Cookie cookie in other.Cookies.GetAllCookies())
            cookies.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain) { Secure = cookie.Secure, HttpOnly = cookie.HttpOnly });
    }

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    /// <summary>Opens a page, following redirects, and parses it.</summary>
    public async Task<Page> OpenAsync(string url) => await FollowAsync(await http.GetAsync(url));

    /// <summary>Follows redirects from a response and parses where it lands.</summary>
    public async Task<Page> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; IsRedirect(response.StatusCode); hops++)
        {
            if (hops == 10) throw new InvalidOperationException("Too many redirects.");
            var location = response.Headers.Location!;
            var next = location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location);
            response.Dispose();
            response = await http.GetAsync(next);
        }
        var html = await response.Content.ReadAsStringAsync();
        var url = response.RequestMessage!.RequestUri!.ToString();
        var document = await Browsing.OpenAsync(r => r.Content(html).Address(url));
        return new Page(response.StatusCode, url, document);
    }

    /// <summary>
    /// Submits a form of the page as a browser would, with the given fields changed. Does not follow the redirect.
    /// With <paramref name="button"/>, as if that submit button was pressed: its formaction and its name=value count.
    /// </summary>
    public Task<HttpResponseMessage> SubmitAsync(Page page, string formSelector, Dictionary<string, string>? values = null, string? button = null)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var fields = FieldsOf(form, values);
        var target = TargetOf(page, form);
        if (button is not null)
        {
            var pressed = form.QuerySelector(button) ?? throw new InvalidOperationException($"No button '{button}' in the form '{formSelector}' on {page.Url}.");
            if (pressed.GetAttribute("formaction") is { Length: > 0 } formAction) target = new Uri(new Uri(page.Url), formAction).PathAndQuery;
            if (pressed.GetAttribute("name") is { Length: > 0 } name) fields.Add(new(name, pressed.GetAttribute("value") ?? string.Empty));
        }
        if (string.Equals(form.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase))
        {
            // A GET form puts its fields in the query string, replacing the action's own.
            var query = string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
            return http.GetAsync(target.Split('?')[0] + "?" + query);
        }
        return http.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    private static string TargetOf(Page page, IHtmlFormElement form)
    {
        var action = form.GetAttribute("action");
        return (string.IsNullOrEmpty(action) ? new Uri(page.Url) : new Uri(new Uri(page.Url), action)).PathAndQuery;
    }

    /// <summary>Every field the form carries (checked boxes only, no buttons or files), with the given values put in.</summary>
    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form, Dictionary<string, string>? values)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "submit" or "button" or "image" or "file") break;
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) break;
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        return fields;
    }

    /// <summary>Submits a multipart form as a browser would, with one file chosen in its file input, and follows the answer.</summary>
    public async Task<Page> SubmitWithFileAsync(Page page, string formSelector, Dictionary<string, string>? values,
        string fileField, string fileName, byte[] bytes, string contentType = "application/pdf")
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var fields = FieldsOf(form, values);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(file, fileField, fileName);
        return await FollowAsync(await http.PostAsync(TargetOf(page, form), content));
    }

    /// <summary>Submits and follows to the page the portal answers with.</summary>
    public async Task<Page> SubmitAndFollowAsync(Page page, string formSelector, Dictionary<string, string>? values = null, string? button = null) =>
        await FollowAsync(await SubmitAsync(page, formSelector, values, button));

    public static bool IsRedirect(HttpStatusCode code) => (int)code is >= 300 and < 400;

    public void Dispose() => http.Dispose();
}

/// <summary>A page the portal answered with.</summary>
public sealed record Page(HttpStatusCode Status, string Url, IDocument Document)
{
    public string Path => new Uri(Url).AbsolutePath;
    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;
    public string Text => Document.Body?.TextContent ?? string.Empty;

    /// <summary>The validation message shown next to a field (asp-validation-for), or empty.</summary>
    public string ErrorFor(string field) =>
        Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;

    public string Summary => Document.QuerySelector(".validation-summary-errors")?.TextContent.Trim() ?? string.Empty;

    public string? ValueOf(string field) =>
        Document.QuerySelector<IHtmlInputElement>($"[name='{field}']")?.Value
        ?? Document.QuerySelector<IHtmlSelectElement>($"select[name='{field}']")?.Value
        ?? Document.QuerySelector<IHtmlTextAreaElement>($"textarea[name='{field}']")?.Value;

    public string? TestId(string id) => Document.QuerySelector($"[data-testid='{id}']")?.TextContent.Trim();
}
