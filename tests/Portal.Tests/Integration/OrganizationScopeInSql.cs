using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;
using Portal.Web.Identity;

namespace Portal.Tests.Integration;

/// <summary>
/// The organization filter reaches the database as "OrganizationId = @org" for a member (so the index serves it)
/// and as no restriction for the system; the switch between them never stays in the SQL.
/// </summary>
public abstract class OrganizationScopeInSql(DatabaseProvider provider) : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("portal-scope-").FullName;

    private (PortalDbContext Db, List<string> Sql) Context(string connectionString, CurrentActor actor)
    {
        var sql = new List<string>();
        return (StandaloneContext.Create(provider, connectionString, _dataDirectory, actor, o => o.AddInterceptors(new SqlSeen(sql))), sql);
    }

    [Fact]
    public async Task A_members_query_filters_by_organization_alone_and_the_systems_by_nothing()
    {
        var cs = await PortalApp.NewDatabaseAsync(provider, _dataDirectory);
        var (setup, systemSql) = Context(cs, StandaloneContext.System("scope-test"));
        await StandaloneContext.MigrateAsync(setup);
        Assert.Equal(0, await setup.Offers.CountAsync());
        Assert.DoesNotContain(systemSql, s => s.Contains("\"OrganizationId\" =", StringComparison.Ordinal));

        var org = Guid.NewGuid();
        var member = new CurrentActor(new HttpContextAccessor
        {
            HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PortalClaims.OrganizationId, org.ToString()), new Claim(ClaimTypes.Role, PortalRoles.HrStaff)], "test")),
            },
        });
        var (db, sql) = Context(cs, member);
        Assert.Equal(0, await db.Offers.CountAsync(o => o.Status == Portal.Web.Features.Offers.OfferStatus.Draft));
        var executed = Assert.Single(sql, s => s.Contains("FROM \"Offers\"", StringComparison.Ordinal));
        Assert.DoesNotContain("ScopeAll", executed);
        Assert.DoesNotContain(" OR ", executed);
        Assert.Contains("\"OrganizationId\" = @", executed);
        await db.DisposeAsync();
        await setup.DisposeAsync();
    }

    /// <summary>Records the SQL as it was sent, after the portal's own interceptor.</summary>
    private sealed class SqlSeen(List<string> sql) : DbCommandInterceptor
    {
        public override ValueTask<System.Data.Common.DbDataReader> ReaderExecutedAsync(System.Data.Common.DbCommand command, CommandExecutedEventData eventData, System.Data.Common.DbDataReader result, CancellationToken cancellationToken = default)
        {
            lock (sql) sql.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<object?> ScalarExecutedAsync(System.Data.Common.DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
        {
            lock (sql) sql.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// The same on SQL Server, where EF Core writes the switch as "@ScopeAll = CAST(1 AS bit)" and T-SQL has no TRUE: the
/// commands of the hot pages' query shapes (the offer list, the dashboard's counts), built as EF Core sends them and then
/// passed through the portal's rewrite, carry the organization predicate alone for a member and no TRUE literal for anyone.
/// No server is needed to build a command; none runs here, so the commands are checked, not executed.
/// </summary>
public sealed class OrganizationScopeInTSql : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("portal-scope-tsql-").FullName;

    private PortalDbContext Context(CurrentActor actor) => StandaloneContext.Create(DatabaseProvider.SqlServer,
        "Server=unused.invalid;Database=portal;Integrated Security=true;TrustServerCertificate=true", _dataDirectory, actor);

    private static CurrentActor Member(Guid org, string role = PortalRoles.HrStaff) => new(new HttpContextAccessor
    {
        HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(PortalClaims.OrganizationId, org.ToString()), new Claim(ClaimTypes.Role, role)], "test")),
        },
    });

    private static IEnumerable<IQueryable> HotQueries(PortalDbContext db) =>
    [
        // The offer list's page of rows.
        db.Offers.AsNoTracking().Where(o => o.Status == Portal.Web.Features.Offers.OfferStatus.Draft).OrderByDescending(o => o.CreatedAtUtc).Take(50)
            .Select(o => new { o.Id, Worker = o.WorkerGivenNames + " " + o.WorkerFamilyName, o.JobTitle, o.Status, o.CreatedAtUtc }),
        // The dashboard: the organization and its counts in one query, each subquery under the filter.
        db.Organizations.AsNoTracking().Select(o => new
        {
            o.LegalName,
            Members = db.Memberships.Count(m => m.IsActive),
            Drafts = db.Offers.Count(x => x.Status == Portal.Web.Features.Offers.OfferStatus.Draft),
            Open = db.SettlementCommitments.Count(c => c.Status == Portal.Web.Features.Atlantic.CommitmentStatus.Planned),
        }),
    ];

    /// <summary>The query's command as EF Core would send it to SQL Server, after the portal's interceptor.</summary>
    private static System.Data.Common.DbCommand Sent(IQueryable query)
    {
        var command = query.CreateDbCommand();
        var before = command.CommandText;
        OrganizationScopeSql.Rewrite(command);
        Assert.DoesNotContain("TRUE", command.CommandText);
        // What the rewrite takes out is EF Core's rendering of the switch, which it must still recognise.
        if (before.Contains("[OrganizationId] = @ef_filter__ScopeOrganizationId", StringComparison.Ordinal))
            Assert.Matches(@"@ef_filter__ScopeAll\d* = CAST\(1 AS bit\) OR \[\w+\]\.\[(OrganizationId|Id)\] = @ef_filter__ScopeOrganizationId", before);
        return command;
    }

    [Fact]
    public void A_members_query_filters_by_organization_alone()
    {
        using var db = Context(Member(Guid.NewGuid()));
        foreach (var query in HotQueries(db))
        {
            using var command = Sent(query);
            Assert.DoesNotContain("ScopeAll", command.CommandText);
            Assert.DoesNotContain(" OR ", command.CommandText);
            Assert.Matches(@"\[(OrganizationId|Id)\] = @ef_filter__ScopeOrganizationId", command.CommandText);
            Assert.DoesNotContain(command.Parameters.Cast<System.Data.Common.DbParameter>(), p => p.ParameterName.Contains("ScopeAll", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_administrator_with_an_organization_is_not_restricted_to_it()
    {
        // The one case where both terms stay: the switch becomes "1 = 1", which T-SQL reads (it has no TRUE).
        using var db = Context(Member(Guid.NewGuid(), PortalRoles.Administrator));
        foreach (var query in HotQueries(db))
        {
            using var command = Sent(query);
            Assert.DoesNotContain("ScopeAll", command.CommandText);
            Assert.Contains("(1 = 1 OR [", command.CommandText);
        }
    }

    [Fact]
    public void The_systems_query_has_no_organization_predicate()
    {
        using var db = Context(StandaloneContext.System("scope-test"));
        foreach (var query in HotQueries(db))
        {
            using var command = Sent(query);
            Assert.DoesNotContain("ScopeOrganizationId", command.CommandText);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

public sealed class OrganizationScopeInSqlOnSqlite() : OrganizationScopeInSql(DatabaseProvider.Sqlite);
public sealed class OrganizationScopeInSqlOnPostgres() : OrganizationScopeInSql(DatabaseProvider.Postgres);
