using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;
using Portal.Web.Auditing;
using Portal.Web.Security;

namespace Portal.Web.Features.Reminders;

/// <summary>Hangfire's dashboard under /Admin/Hangfire, for administrators signed in with two factors.</summary>
public static class JobsDashboard
{
    public const string Path = "/Admin/Hangfire";

    /// <summary>
    /// Maps the dashboard on this host's own storage. Not through Hangfire's MapHangfireDashboard, which insists on
    /// AddHangfire and so on its process-wide configuration (see AddPortalScheduling); this is what it does otherwise.
    /// The endpoint asks for the Administrator policy (two-factor sign-in included), so the portal answers as on its other
    /// admin pages (sign in, access denied, set up two-factor first); the dashboard's own filter asks the same policy
    /// again, so that the dashboard never relies on how it was mapped.
    /// </summary>
    public static WebApplication MapPortalJobsDashboard(this WebApplication app)
    {
        if (app.Services.GetService<JobStorage>() is not { } storage) return app; // Scheduler:Enabled=false
        var options = new DashboardOptions
        {
            AppPath = "/Admin/Jobs",
            // Hangfire's default would show the connection string, password included, in the page footer.
            DisplayStorageConnectionString = false,
            // Its default filter lets any local request in; here the portal's policy decides.
            Authorization = [],
            AsyncAuthorization = [new AdministratorsWithTwoFactor()],
            // Requeue, delete and trigger are POSTs checked against the portal's antiforgery token (Hangfire's default, kept explicit).
            IgnoreAntiforgeryToken = false,
        };
        var pipeline = ((IEndpointRouteBuilder)app).CreateApplicationBuilder()
            .UsePathBase(Path)
            .Use(RecordChangesAsync)
            .UseMiddleware<AspNetCoreDashboardMiddleware>(storage, options, DashboardRoutes.Routes)
            .Build();
        ((IEndpointRouteBuilder)app).Map(Path + "/{**path}", pipeline).RequireAuthorization(PortalPolicies.Administrator);
        return app;
    }

    /// <summary>
    /// A change made on the dashboard (a POST it carried out: trigger, requeue, delete) is a security event, as pausing or
    /// running a job on the jobs page is: who, when, from where, the command and the jobs it named.
    /// </summary>
    private static async Task RecordChangesAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        if (!HttpMethods.IsPost(context.Request.Method) || context.Response.StatusCode is < 200 or > 299) return;
        var command = context.Request.Path.Value?.Trim('/') ?? string.Empty;
        if (command.Length > 100) command = command[..100];
        var jobs = context.Request.HasFormContentType
            ? string.Join(", ", (await context.Request.ReadFormAsync()).Where(f => f.Key.StartsWith("jobs", StringComparison.Ordinal)).SelectMany(f => f.Value))
            : string.Empty;
        await context.RequestServices.GetRequiredService<SecurityEvents>().RecordJobAsync(AuditAction.JobsDashboardCommand, command,
            new Dictionary<string, string> { ["Command"] = command, ["Jobs"] = jobs });
    }

    /// <summary>Lets in only who the portal's administrator policy (two-factor sign-in included) lets in, evaluated by ASP.NET Core.</summary>
    private sealed class AdministratorsWithTwoFactor : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            return (await authorization.AuthorizeAsync(http.User, PortalPolicies.Administrator)).Succeeded;
        }
    }
}
