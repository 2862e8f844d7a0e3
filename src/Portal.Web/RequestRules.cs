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
