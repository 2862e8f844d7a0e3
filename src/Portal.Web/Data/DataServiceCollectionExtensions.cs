using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Identity;

namespace Portal.Web.Data;

public static class DataServiceCollectionExtensions
{
    private static readonly OrganizationScopeSql ScopeSql = new();

    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate(o => o.Provider == DatabaseProvider.Sqlite || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is Postgres or SqlServer.")
            .ValidateOnStart();
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        // The context type is the provider's (each has its own migrations); everything else asks for PortalDbContext.
        var provider = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                AddContext<SqlitePortalDbContext>(builder.Services);
                break;
            case DatabaseProvider.Postgres:
                AddContext<PostgresPortalDbContext>(builder.Services);
                break;
            case DatabaseProvider.SqlServer:
                AddContext<SqlServerPortalDbContext>(builder.Services);
                break;
            default:
                throw Unsupported(provider);
        }
        builder.Services.AddScoped<PortalMigrator>();
        builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        return builder;
    }

    // The options are built once (a singleton), not for every request's context.
    private static void AddContext<TContext>(IServiceCollection services) where TContext : PortalDbContext =>
        services.AddDbContext<PortalDbContext, TContext>((sp, options) =>
        {
            var db = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var portal = sp.GetRequiredService<IOptions<PortalOptions>>().Value;
            var env = sp.GetRequiredService<IHostEnvironment>();
            UseProvider(options, db, portal.ResolveDataDirectory(env.ContentRootPath));
        }, ServiceLifetime.Scoped, ServiceLifetime.Singleton);

    /// <summary>The one place the database provider is configured.</summary>
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
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(db.ConnectionString);
                break;
            default:
                throw Unsupported(db.Provider);
        }
    }

    /// <summary>A context outside the web host (the `dotnet ef` tools, tests), configured exactly as the portal configures its own.</summary>
    public static PortalDbContext NewContext(DatabaseOptions db, string dataDirectory, CurrentActor actor, TimeProvider clock,
        Action<DbContextOptionsBuilder>? configure = null)
    {
        DbContextOptions<TContext> Options<TContext>() where TContext : DbContext
        {
            var options = new DbContextOptionsBuilder<TContext>();
            UseProvider(options, db, dataDirectory);
            configure?.Invoke(options);
            return options.Options;
        }

        return db.Provider switch
        {
            DatabaseProvider.Sqlite => new SqlitePortalDbContext(Options<SqlitePortalDbContext>(), actor, clock),
            DatabaseProvider.Postgres => new PostgresPortalDbContext(Options<PostgresPortalDbContext>(), actor, clock),
            DatabaseProvider.SqlServer => new SqlServerPortalDbContext(Options<SqlServerPortalDbContext>(), actor, clock),
            _ => throw Unsupported(db.Provider),
        };
    }

    private static InvalidOperationException Unsupported(DatabaseProvider provider) =>
        new($"Database:Provider '{provider}' is not supported: use Sqlite, Postgres or SqlServer.");

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

    /// <summary>Brings the database up to date at start-up unless Database:MigrateOnStartup is false.</summary>
    public static async Task MigratePortalDatabaseAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup) return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalMigrator>().MigrateAsync();
    }
}
