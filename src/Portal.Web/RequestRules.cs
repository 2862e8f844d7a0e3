using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Primitives;

namespace Portal.Web;

/// <summary>Rules every request meets whatever page answers it, so that no page can forget them.</summary>
public static class RequestRules
{
    public static WebApplication UsePortalRequestRules(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            // No link or form of the portal puts a control character (a NUL, a line break) in an address. PostgreSQL refuses
            // a NUL in text, so such a value would end as a 500 on whichever page searched for it: it is the bad request it is.
            if (HasControlCharacter(context.Request.Query))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
            // What a signed-in person is shown (workers' passport numbers, documents, the CSV export, even a redirect) stays
            // out of the browser's and proxies' caches, so that Back on a shared computer shows nothing to the next person
            // (OWASP ASVS 8.2.1). Decided when the answer starts, once authentication has said who is asking.
            context.Response.OnStarting(() =>
            {
                if (context.User.Identity?.IsAuthenticated == true)
                    context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            await next();
        });
        return app;
    }

    private static bool HasControlCharacter(IQueryCollection query)
    {
        foreach (var (key, values) in query)
        {
            if (key.Any(char.IsControl)) return true;
            foreach (var value in (StringValues)values)
                if (value is not null && value.Any(char.IsControl)) return true;
        }
        return false;
    }
}

/// <summary>
/// A posted form with a NUL character in a field, a field's name or a file's name answers 400, as an address with one
/// does (<see cref="RequestRules"/>). No browser field sends one, and PostgreSQL refuses a NUL in text: such a post ended
/// as a 500 there, or as a wrong message where a page reads a failed save as a duplicate, while SQLite stored it.
/// ASP.NET Core already refuses a NUL in a url-encoded form (it cannot read it: the antiforgery check answers 400), not
/// in a multipart one. A filter rather than a middleware: it reads the form after the page's own size limits
/// ([RequestSizeLimit], [RequestFormLimits], authorization filters) are set, which a middleware reading first would undo.
/// </summary>
internal sealed class RefuseNulInForms : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        // The status and error pages, re-executed for a refused post, show the refusal; they read nothing of the form.
        var reExecuted = http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null;
        if (!reExecuted && http.Request.HasFormContentType && await HasNulAsync(http.Request))
        {
            context.Result = new BadRequestResult();
            return;
        }
        await next();
    }

    private static async Task<bool> HasNulAsync(HttpRequest request)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Refused already by the antiforgery check, or where the page reads it (InvariantFormValueProviderFactory).
            return false;
        }
        foreach (var (key, values) in form)
        {
            if (key.Contains('\0', StringComparison.Ordinal)) return true;
            foreach (var value in (StringValues)values)
                if (value is not null && value.Contains('\0', StringComparison.Ordinal)) return true;
        }
        return form.Files.Any(f => f.Name.Contains('\0', StringComparison.Ordinal) || f.FileName.Contains('\0', StringComparison.Ordinal));
    }
}
