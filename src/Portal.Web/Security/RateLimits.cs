using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Portal.Web.Security;

/// <summary>The account forms whose posts are limited, each with its own limits under "RateLimits".</summary>
public enum LimitedAction
{
    SignIn,
    TwoFactor,
    RecoveryCode,
    Register,
    ForgotPassword,
    ResendConfirmation,
    AcceptInvitation,
}

/// <summary>Where the account a post is about comes from.</summary>
public enum AccountSource
{
    /// <summary>A posted field (<see cref="RateLimitedAttribute.AccountField"/>), such as the email address typed.</summary>
    FormField,
    /// <summary>The person half-way through signing in (the two-factor cookie).</summary>
    TwoFactorSignIn,
    /// <summary>The signed-in person.</summary>
    SignedIn,
}

/// <summary>
/// On a page model: its posts count against the action's limits, per client address and per account. Opening the
/// page (GET) does not count.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RateLimitedAttribute(LimitedAction action) : Attribute
{
    public LimitedAction Action => action;
    public AccountSource AccountFrom { get; init; } = AccountSource.FormField;
    /// <summary>With <see cref="AccountSource.FormField"/>: the field naming the account (the form's, else the query's).</summary>
    public string? AccountField { get; init; }
}

/// <summary>How many posts of one action are allowed per window.</summary>
public sealed class ActionLimit
{
    /// <summary>From one client address (an IPv6 client: its /64 network), whatever the accounts.</summary>
    public int PerAddress { get; set; }
    /// <summary>For one account (email address, invitation or person), whatever the addresses.</summary>
    public int PerAccount { get; set; }
    public int WindowSeconds { get; set; }
}

/// <summary>
/// Settings under "RateLimits". The defaults let a person who mistypes a few times through, and stop a script:
/// OWASP ASVS 4.0, 2.2.1 (anti-automation against credential stuffing, brute force and account lockout abuse).
/// Lockout after 5 wrong passwords still protects each account; these limits also cover made-up accounts and emails.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public ActionLimit SignIn { get; set; } = new() { PerAddress = 30, PerAccount = 10, WindowSeconds = 300 };
    public ActionLimit TwoFactor { get; set; } = new() { PerAddress = 30, PerAccount = 10, WindowSeconds = 300 };
    public ActionLimit RecoveryCode { get; set; } = new() { PerAddress = 10, PerAccount = 5, WindowSeconds = 900 };
    public ActionLimit Register { get; set; } = new() { PerAddress = 10, PerAccount = 3, WindowSeconds = 3600 };
    public ActionLimit ForgotPassword { get; set; } = new() { PerAddress = 10, PerAccount = 5, WindowSeconds = 3600 };
    public ActionLimit ResendConfirmation { get; set; } = new() { PerAddress = 10, PerAccount = 5, WindowSeconds = 3600 };
    public ActionLimit AcceptInvitation { get; set; } = new() { PerAddress = 20, PerAccount = 10, WindowSeconds = 900 };

    public ActionLimit For(LimitedAction action) => action switch
    {
        LimitedAction.SignIn => SignIn,
        LimitedAction.TwoFactor => TwoFactor,
        LimitedAction.RecoveryCode => RecoveryCode,
        LimitedAction.Register => Register,
        LimitedAction.ForgotPassword => ForgotPassword,
        LimitedAction.ResendConfirmation => ResendConfirmation,
        LimitedAction.AcceptInvitation => AcceptInvitation,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    internal static IEnumerable<string> Problems(RateLimitOptions o)
    {
        foreach (var action in Enum.GetValues<LimitedAction>())
        {
            var limit = o.For(action);
            if (limit.PerAddress is < 1 or > 1_000_000)
                yield return $"RateLimits:{action}:PerAddress must be from 1 to 1000000 (it is {limit.PerAddress}).";
            if (limit.PerAccount is < 1 or > 1_000_000)
                yield return $"RateLimits:{action}:PerAccount must be from 1 to 1000000 (it is {limit.PerAccount}).";
            if (limit.WindowSeconds is < 1 or > 86_400)
                yield return $"RateLimits:{action}:WindowSeconds must be from 1 to 86400 (it is {limit.WindowSeconds}).";
        }
    }
}

/// <summary>
/// ASP.NET Core's rate limiter over the account forms: two fixed windows chained, one per client address and one per
/// account, so spraying many accounts from one machine and hammering one account from many are both stopped. A
/// refused post answers 429 with Retry-After, and the status page says when to try again, in the visitor's language.
/// Everything else (every GET, every other page) meets no limiter at all, at the cost of one metadata lookup.
/// </summary>
public static class RateLimits
{
    private static readonly object AttemptKey = new();

    private sealed record Attempt(LimitedAction Action, string Address, string? Account);

    internal static void Configure(RateLimiterOptions options, RateLimitOptions limits, ILoggerFactory loggers)
    {
        var log = loggers.CreateLogger(typeof(RateLimits));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits, perAccount: false)),
            PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits, perAccount: true)));
        options.OnRejected = (context, _) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            if (context.HttpContext.Items[AttemptKey] is Attempt attempt)
                log.LogWarning("Too many {Action} attempts from {Address} (account {Account}): refused with 429.", attempt.Action, attempt.Address, attempt.Account);
            // The status-code pages show the friendly page for 429 (Features/Status), with Retry-After in it.
            return ValueTask.CompletedTask;
        };
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits, bool perAccount)
    {
        if (context.Items[AttemptKey] is not Attempt attempt || (perAccount && attempt.Account is null))
            return RateLimitPartition.GetNoLimiter(string.Empty);
        var limit = limits.For(attempt.Action);
        var key = perAccount ? $"{attempt.Action}|account|{attempt.Account}" : $"{attempt.Action}|address|{attempt.Address}";
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perAccount ? limit.PerAccount : limit.PerAddress,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });
    }

    /// <summary>
    /// Before the rate limiter: names the attempt a post to a limited page makes (the action, the client address, the
    /// account), reading the form here, asynchronously, because the limiter's partitioner cannot. The form is kept
    /// for model binding and antiforgery, so it is read once.
    /// </summary>
    public static IApplicationBuilder UsePortalRateLimiting(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method)
                && context.GetEndpoint()?.Metadata.GetMetadata<RateLimitedAttribute>() is { } limited)
            {
                context.Items[AttemptKey] = new Attempt(limited.Action, AddressKey(context.Connection.RemoteIpAddress), await AccountKeyAsync(context, limited));
            }
            else
            {
                // The status page re-executed for a refusal runs through here again with the same Items: it is no attempt.
                context.Items.Remove(AttemptKey);
            }
            await next();
        });
        return app.UseRateLimiter();
    }

    /// <summary>
    /// The client address as the limiter counts it. An IPv6 client counts by its /64 network, which one subscriber
    /// usually holds whole (otherwise every request could come from a new address). TestServer and some hosting set no
    /// address: such requests share one "unknown" count.
    /// </summary>
    internal static string AddressKey(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static async Task<string?> AccountKeyAsync(HttpContext context, RateLimitedAttribute limited)
    {
        string? account;
        switch (limited.AccountFrom)
        {
            case AccountSource.SignedIn:
                account = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
                break;
            case AccountSource.TwoFactorSignIn:
                account = (await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme)).Principal?.Identity?.Name;
                break;
            default:
                account = null;
                if (limited.AccountField is { } field)
                {
                    if (context.Request.HasFormContentType)
                    {
                        try
                        {
                            account = (await context.Request.ReadFormAsync(context.RequestAborted))[field].ToString();
                        }
                        catch (Exception e) when (e is InvalidDataException or IOException)
                        {
                            // A form too large or cut off: model binding answers 400 for it; the address limit still counts.
                        }
                    }
                    if (string.IsNullOrWhiteSpace(account)) account = context.Request.Query[field].ToString();
                }
                break;
        }
        // Email addresses compare without case; a long value is cut so no post can make the limiter keep a huge key.
        account = account?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(account) ? null : account.Length > 256 ? account[..256] : account;
    }
}
