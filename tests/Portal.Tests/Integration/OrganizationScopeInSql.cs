using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
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
        Assert.Equal(0, await db.Offers.CountAsync(o => o.Status == Portal.Web.Offers.OfferStatus.Draft));
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

public sealed class OrganizationScopeInSqlOnSqlite() : OrganizationScopeInSql(DatabaseProvider.Sqlite);
public sealed class OrganizationScopeInSqlOnPostgres() : OrganizationScopeInSql(DatabaseProvider.Postgres);
