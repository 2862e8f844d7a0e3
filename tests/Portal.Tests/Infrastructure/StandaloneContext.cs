using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Identity;

namespace Portal.Tests.Infrastructure;

/// <summary>A PortalDbContext outside any web host, configured exactly as the portal configures it, for tests of the data layer.</summary>
public static class StandaloneContext
{
    public static CurrentActor System(string name)
    {
        var actor = new CurrentActor(new HttpContextAccessor());
        actor.ActAsSystem(name);
        return actor;
    }

    public static PortalDbContext Create(DatabaseProvider provider, string connectionString, string dataDirectory, CurrentActor actor,
        Action<DbContextOptionsBuilder>? configure = null) =>
        DataServiceCollectionExtensions.NewContext(new DatabaseOptions { Provider = provider, ConnectionString = connectionString },
            dataDirectory, actor, TimeProvider.System, configure);

    /// <summary>The portal's migration of the database, as start-up and the `migrate` command run it.</summary>
    public static Task<IReadOnlyList<string>> MigrateAsync(PortalDbContext db) =>
        new PortalMigrator(db, Microsoft.Extensions.Logging.Abstractions.NullLogger<PortalMigrator>.Instance).MigrateAsync();
}
