using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Portal.Web.Data;

public static class DataServiceCollectionExtensions
{
    private static readonly OrganizationScopeSql ScopeSql = new();

    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate(o => o.Provider != DatabaseProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is Postgres.")
            .ValidateOnStart();
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        // The options are built once (a singleton), not for every request's context.
        builder.Services.AddDbContext<PortalDbContext>((sp, options) =>
        {
            var db = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var portal = sp.GetRequiredService<IOptions<PortalOptions>>().Value;
            var env = sp.GetRequiredService<IHostEnvironment>();
            UseProvider(options, db, portal.ResolveDataDirectory(env.ContentRootPath));
        }, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        builder.Services.AddScoped<SchemaMigrator>();
        builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        return builder;
    }

    /// <summary>The one place the database provider is chosen. SQL Server would be a third case here.</summary>
    public static void UseProvider(DbContextOptionsBuilder options, DatabaseOptions db, string dataDirectory)
    {
        options.AddInterceptors(ScopeSql);
        switch (db.Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(SqliteConnectionString(db, dataDirectory));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(db.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{db.Provider}' is not supported: use Sqlite or Postgres.");
        }
    }

    /// <summary>The SQLite connection string: the configured one, or portal.db in the data folder (which is created).</summary>
    public static string SqliteConnectionString(DatabaseOptions db, string dataDirectory)
    {
        var cs = string.IsNullOrWhiteSpace(db.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "portal.db") }.ToString()
            : db.ConnectionString;
        var file = new SqliteConnectionStringBuilder(cs).DataSource;
        if (!string.IsNullOrEmpty(file) && file != ":memory:")
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        return cs;
    }

    /// <summary>Applies db/ at start-up unless Database:MigrateOnStartup is false.</summary>
    public static async Task MigratePortalDatabaseAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup) return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync();
    }
}
