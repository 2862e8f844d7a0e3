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
        Action<DbContextOptionsBuilder>? configure = null)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.UseProvider(options, new DatabaseOptions { Provider = provider, ConnectionString = connectionString }, dataDirectory);
        configure?.Invoke(options);
        return new PortalDbContext(options.Options, actor, TimeProvider.System);
    }
}
