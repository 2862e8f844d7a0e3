using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Web.Auditing;
using Portal.Web.Features.Atlantic;
using Portal.Web.Identity;

namespace Portal.Web.Data;

// One context type per database provider, so that each provider keeps its own migrations (Data/Migrations/<provider>),
// generated from the one model of PortalDbContext. EF Core builds and caches one model per context type.

public sealed class SqlitePortalDbContext : PortalDbContext
{
    public SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options, CurrentActor actor, TimeProvider clock)
        : base(options, actor, clock)
    {
        // EF Core sets up its SQL functions on every SQLite connection it opens (about 0.3 ms, measured); one connection
        // for the context's lifetime (a request) instead of one per query saves that on every query.
        Database.OpenConnection();
    }
}

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options, CurrentActor actor, TimeProvider clock)
    : PortalDbContext(options, actor, clock);

public sealed class SqlServerPortalDbContext(DbContextOptions<SqlServerPortalDbContext> options, CurrentActor actor, TimeProvider clock)
    : PortalDbContext(options, actor, clock)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // T-SQL quotes names with brackets; the shared filter is written with the standard double quotes.
        builder.Entity<DesignationApplication>().HasIndex(d => new { d.OrganizationId, d.Province })
            .HasFilter(DesignationApplicationConfiguration.OneOpenPerProvinceFilter.Replace("\"Status\"", "[Status]", StringComparison.Ordinal));
        // The append-only trigger of the first migration: declared so that EF Core writes to the table in a way SQL Server
        // allows on a table with triggers (no bare OUTPUT clause).
        builder.Entity<AuditEntry>().ToTable(t => t.HasTrigger(AuditEntryConfiguration.AppendOnlyTrigger));
    }
}

// For `dotnet ef` (see db/README.md): a context per provider, configured as the portal configures it. Adding a migration or
// writing a script needs no server; `dotnet ef database update -- "<connection string>"` names the database to change.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args) =>
        (SqlitePortalDbContext)DesignTime.Create(DatabaseProvider.Sqlite, args, "Data Source=:memory:");
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) =>
        (PostgresPortalDbContext)DesignTime.Create(DatabaseProvider.Postgres, args, "Host=localhost;Database=portal");
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerPortalDbContext>
{
    public SqlServerPortalDbContext CreateDbContext(string[] args) =>
        (SqlServerPortalDbContext)DesignTime.Create(DatabaseProvider.SqlServer, args, "Server=localhost;Database=portal;Integrated Security=true;TrustServerCertificate=true");
}

internal static class DesignTime
{
    public static PortalDbContext Create(DatabaseProvider provider, string[] args, string placeholder)
    {
        var actor = new CurrentActor(new HttpContextAccessor());
        actor.ActAsSystem("dotnet-ef");
        var connectionString = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? placeholder;
        return DataServiceCollectionExtensions.NewContext(
            new DatabaseOptions { Provider = provider, ConnectionString = connectionString }, Path.GetTempPath(), actor, TimeProvider.System);
    }
}
