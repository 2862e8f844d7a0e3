using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Diagnostics;

/// <summary>
/// Where one request's time goes, stage by stage (bench/PROFILE.md), when the environment variable PORTAL_PROFILE names
/// a file: authentication (the cookie's decryption and the session checks apart), authorization, MVC's filters and
/// binding, the page's handler (its database commands apart), Razor rendering (text lookups and antiforgery tokens
/// apart) and the rest of the pipeline. Only requests that carry the header <c>X-Portal-Profile</c> are recorded, so
/// that a warm-up is left out; the medians per page are written to the file when the portal stops. Without the
/// variable nothing is registered and nothing is measured.
/// </summary>
public static class RequestTimings
{
    public const string Variable = "PORTAL_PROFILE";
    public const string Header = "X-Portal-Profile";

    private static readonly AsyncLocal<Timings?> Current = new();
    private static readonly ConcurrentQueue<(string Page, Dictionary<string, double> Stages)> Recorded = new();

    public static WebApplicationBuilder AddPortalProfiling(this WebApplicationBuilder builder)
    {
        var file = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(file)) return builder;
        var services = builder.Services;
        services.AddSingleton<IStartupFilter>(new FirstMiddleware());
        Decorate<IAuthenticationService>(services, inner => new TimedAuthentication(inner));
        Decorate<IPolicyEvaluator>(services, inner => new TimedPolicyEvaluator(inner));
        Decorate<IAntiforgery>(services, inner => new TimedAntiforgery(inner));
        Decorate<IStringLocalizerFactory>(services, inner => new TimedLocalizerFactory(inner));
        services.Configure<MvcOptions>(o => o.Filters.Add(new TimedPage()));
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var validate = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                var from = Stopwatch.GetTimestamp();
                await validate(context);
                Current.Value?.Add("auth.validate", from);
            };
        });
        DiagnosticListener.AllListeners.Subscribe(new EfCommands());
        services.AddHostedService(sp => new WriteOnStop(sp.GetRequiredService<IHostApplicationLifetime>(), file));
        return builder;
    }

    private static void Decorate<T>(IServiceCollection services, Func<T, T> wrap) where T : class
    {
        var d = services.Last(x => x.ServiceType == typeof(T) && !x.IsKeyedService);
        services.Remove(d);
        services.Add(new ServiceDescriptor(typeof(T), sp => wrap((T)(d.ImplementationInstance
            ?? d.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, d.ImplementationType!))), d.Lifetime));
    }

    private sealed class Timings(long start)
    {
        public readonly long Start = start;
        public readonly Dictionary<string, double> Ms = [];
        public readonly Dictionary<string, long> Marks = [];
        public long CommandStart;
        public bool InAuthentication;

        public void Add(string stage, long from)
        {
            var ms = Stopwatch.GetElapsedTime(from).TotalMilliseconds;
            lock (Ms) Ms[stage] = Ms.GetValueOrDefault(stage) + ms;
        }

        public void Mark(string name)
        {
            lock (Ms) Marks.TryAdd(name, Stopwatch.GetTimestamp());
        }

        public double Between(string from, string to) =>
            Marks.TryGetValue(from, out var a) && Marks.TryGetValue(to, out var b) ? Stopwatch.GetElapsedTime(a, b).TotalMilliseconds : double.NaN;
    }

    private sealed class FirstMiddleware : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (!context.Request.Headers.ContainsKey(Header))
                {
                    await nextMiddleware();
                    return;
                }
                var t = new Timings(Stopwatch.GetTimestamp());
                Current.Value = t;
                await nextMiddleware();
                t.Mark("end");
                Record(context.Request.Path + " " + context.Response.StatusCode.ToString(CultureInfo.InvariantCulture), t);
            });
            next(app);
        };
    }

    private static void Record(string page, Timings t)
    {
        var s = new Dictionary<string, double>
        {
            ["total (first middleware in to out)"] = Stopwatch.GetElapsedTime(t.Start, t.Marks["end"]).TotalMilliseconds,
            ["1 middleware before authentication"] = Stopwatch.GetElapsedTime(t.Start, t.Marks.GetValueOrDefault("auth.start", t.Start)).TotalMilliseconds,
            ["2 authentication"] = t.Ms.GetValueOrDefault("auth"),
            ["2a  cookie decryption and ticket"] = t.Ms.GetValueOrDefault("auth") - t.Ms.GetValueOrDefault("auth.validate"),
            ["2b  session checks (ValidatePrincipal)"] = t.Ms.GetValueOrDefault("auth.validate"),
            ["2c    of which the stamp query (database)"] = t.Ms.GetValueOrDefault("db.auth"),
            ["3 rate limiter, authorization, two-factor rule, page selection"] = t.Between("auth.end", "mvc.start"),
            ["3a  authorization policy"] = t.Ms.GetValueOrDefault("authz"),
            ["4 MVC filters (antiforgery, NUL), page model, binding"] = t.Between("mvc.start", "handler.start"),
            ["5 page handler (EF queries)"] = t.Between("handler.start", "handler.end"),
            ["5a  of which database commands"] = t.Ms.GetValueOrDefault("db.page"),
            ["6 Razor rendering"] = t.Between("render.start", "render.end"),
            ["6a  of which text lookups (localization)"] = t.Ms.GetValueOrDefault("localizer"),
            ["6b  of which antiforgery tokens"] = t.Ms.GetValueOrDefault("antiforgery"),
            ["7 after rendering (headers, no-store, flush)"] = t.Between("render.end", "end"),
            ["database commands (count)"] = t.Ms.GetValueOrDefault("db.count"),
            ["text lookups (count)"] = t.Ms.GetValueOrDefault("localizer.count"),
        };
        Recorded.Enqueue((page, s));
    }

    private sealed class WriteOnStop(IHostApplicationLifetime lifetime, string file) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStopping.Register(Write);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        private void Write()
        {
            var text = new StringBuilder();
            foreach (var page in Recorded.GroupBy(r => r.Page).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"## {page.Key} ({page.Count()} requests; median and 90th percentile, ms)\n\n| stage | median | p90 |\n|---|---:|---:|\n");
                foreach (var stage in page.First().Stages.Keys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    var values = page.Select(r => r.Stages[stage]).Where(v => !double.IsNaN(v)).Order().ToArray();
                    if (values.Length == 0) continue;
                    text.Append(CultureInfo.InvariantCulture, $"| {stage} | {values[values.Length / 2]:0.000} | {values[values.Length * 9 / 10]:0.000} |\n");
                }
                text.Append('\n');
            }
            File.WriteAllText(file, text.ToString());
        }
    }

    private sealed class TimedAuthentication(IAuthenticationService inner) : IAuthenticationService
    {
        public async Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
        {
            var t = Current.Value;
            if (t is null) return await inner.AuthenticateAsync(context, scheme);
            var from = Stopwatch.GetTimestamp();
            t.Mark("auth.start");
            t.InAuthentication = true;
            try
            {
                return await inner.AuthenticateAsync(context, scheme);
            }
            finally
            {
                t.InAuthentication = false;
                t.Add("auth", from);
                t.Mark("auth.end");
            }
        }

        public Task ChallengeAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ChallengeAsync(context, scheme, properties);
        public Task ForbidAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.ForbidAsync(context, scheme, properties);
        public Task SignInAsync(HttpContext context, string? scheme, ClaimsPrincipal principal, AuthenticationProperties? properties) => inner.SignInAsync(context, scheme, principal, properties);
        public Task SignOutAsync(HttpContext context, string? scheme, AuthenticationProperties? properties) => inner.SignOutAsync(context, scheme, properties);
    }

    private sealed class TimedPolicyEvaluator(IPolicyEvaluator inner) : IPolicyEvaluator
    {
        public Task<AuthenticateResult> AuthenticateAsync(AuthorizationPolicy policy, HttpContext context) => inner.AuthenticateAsync(policy, context);

        public async Task<PolicyAuthorizationResult> AuthorizeAsync(AuthorizationPolicy policy, AuthenticateResult authenticationResult, HttpContext context, object? resource)
        {
            var from = Stopwatch.GetTimestamp();
            var result = await inner.AuthorizeAsync(policy, authenticationResult, context, resource);
            Current.Value?.Add("authz", from);
            return result;
        }
    }

    private sealed class TimedAntiforgery(IAntiforgery inner) : IAntiforgery
    {
        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
        {
            var from = Stopwatch.GetTimestamp();
            var tokens = inner.GetAndStoreTokens(httpContext);
            Current.Value?.Add("antiforgery", from);
            return tokens;
        }

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext)
        {
            var from = Stopwatch.GetTimestamp();
            var tokens = inner.GetTokens(httpContext);
            Current.Value?.Add("antiforgery", from);
            return tokens;
        }

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);
        public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
        public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);
    }

    private sealed class TimedLocalizerFactory(IStringLocalizerFactory inner) : IStringLocalizerFactory
    {
        public IStringLocalizer Create(Type resourceSource) => new TimedLocalizer(inner.Create(resourceSource));
        public IStringLocalizer Create(string baseName, string location) => new TimedLocalizer(inner.Create(baseName, location));
    }

    private sealed class TimedLocalizer(IStringLocalizer inner) : IStringLocalizer
    {
        public LocalizedString this[string name] => Timed(() => inner[name]);
        public LocalizedString this[string name, params object[] arguments] => Timed(() => inner[name, arguments]);
        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private static LocalizedString Timed(Func<LocalizedString> lookup)
        {
            if (Current.Value is null) return lookup();
            var from = Stopwatch.GetTimestamp();
            var result = lookup();
            if (Current.Value is { } t)
            {
                t.Add("localizer", from);
                lock (t.Ms) t.Ms["localizer.count"] = t.Ms.GetValueOrDefault("localizer.count") + 1;
            }
            return result;
        }
    }

    private sealed class TimedPage : IAsyncAuthorizationFilter, IAsyncPageFilter, IAsyncAlwaysRunResultFilter, IOrderedFilter
    {
        public int Order => int.MinValue;

        public Task OnAuthorizationAsync(AuthorizationFilterContext context)
        {
            Current.Value?.Mark("mvc.start");
            return Task.CompletedTask;
        }

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            Current.Value?.Mark("handler.start");
            await next();
            Current.Value?.Mark("handler.end");
        }

        public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
        {
            Current.Value?.Mark("render.start");
            await next();
            Current.Value?.Mark("render.end");
        }
    }

    /// <summary>EF Core's own events: from a command's start to its reader's disposal (rows read), or to its end.</summary>
    private sealed class EfCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";
        private const string CommandExecuted = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted";
        private const string DataReaderDisposing = "Microsoft.EntityFrameworkCore.Database.Command.DataReaderDisposing";

        public void OnNext(DiagnosticListener value)
        {
            // Only the three events read here: EF Core builds an event's data only for a listener that asks for it.
            if (value.Name == "Microsoft.EntityFrameworkCore") value.Subscribe(this, name => name is CommandExecuting or CommandExecuted or DataReaderDisposing);
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (Current.Value is not { } t) return;
            switch (value.Key)
            {
                case CommandExecuting:
                    t.CommandStart = Stopwatch.GetTimestamp();
                    break;
                case CommandExecuted
                    when value.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData e
                        && e.ExecuteMethod != Microsoft.EntityFrameworkCore.Diagnostics.DbCommandMethod.ExecuteReader:
                case DataReaderDisposing:
                    t.Add(t.InAuthentication ? "db.auth" : "db.page", t.CommandStart);
                    lock (t.Ms) t.Ms["db.count"] = t.Ms.GetValueOrDefault("db.count") + 1;
                    break;
            }
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
