using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;

namespace Portal.Tests.Integration;

/// <summary>
/// Every provider's migrations keep up with the one model, in step with each other, and the deploy scripts checked in
/// under db/ are what they generate: a model change without its migrations, or migrations without their scripts, fail here.
/// None of these needs a server (the SQL Server context is built on a connection string that is never opened).
/// </summary>
public sealed class MigrationsForEveryProvider : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("portal-migrations-").FullName;

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres, DatabaseProvider.SqlServer];

    private PortalDbContext Context(DatabaseProvider provider) => StandaloneContext.Create(provider, provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.Postgres => "Host=unused.invalid;Database=portal",
        _ => "Server=unused.invalid;Database=portal;Integrated Security=true;TrustServerCertificate=true",
    }, _dataDirectory, StandaloneContext.System("migrations-test"));

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_model_has_no_change_that_a_migration_does_not_make(DatabaseProvider provider)
    {
        using var db = Context(provider);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model changed since the last {provider} migration: run db/add-migration.sh NAME (see db/README.md).");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_checked_in_deploy_script_is_the_one_the_migrations_write(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var file = Path.Combine(RepositoryRoot(), "db", Folder(provider), "deploy.sql");
        Assert.True(File.Exists(file), $"{file} is missing: run db/add-migration.sh (see db/README.md).");
        var checkedIn = (await File.ReadAllTextAsync(file)).TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var generated = PortalMigrator.DeployScript(db).ReplaceLineEndings("\n");
        Assert.True(checkedIn == generated,
            $"db/{Folder(provider)}/deploy.sql is not what the migrations write: regenerate it with db/add-migration.sh --scripts-only.");
    }

    [Fact]
    public void Every_provider_has_the_same_migrations_in_the_same_order()
    {
        var names = new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres, DatabaseProvider.SqlServer }.Select(p =>
        {
            using var db = Context(p);
            return string.Join(", ", db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]));
        }).ToList();
        Assert.Equal(names[0], names[1]);
        Assert.Equal(names[0], names[2]);
        Assert.StartsWith("Baseline, ", names[0], StringComparison.Ordinal);
    }

    /// <summary>
    /// Drops decided in review. RulesInForce: a program's rules moved to rule sets with the days they are in force, written
    /// from the sources in the same migration (administrators' edits of the old columns stay in the audit trail); an offer's
    /// full-time flag became its hours against the rule's minimum, and the hours are kept.
    /// </summary>
    private static readonly HashSet<string> ReviewedDrops =
    [
        "Programs.EligibleTeers", "Programs.ExpeditedTeers", "Programs.FeeExempt", "Programs.MinimumDurationDays", "Programs.RequiredProvinces",
        "Programs.RequiresFullTime", "Programs.RequiresIndeterminate", "Programs.RequiresParticipatingEmployer", "Programs.UsesOccupationList",
        "Offers.FullTime",
    ];

    /// <summary>
    /// Tables dropped in review. DocumentsInOneTable: offer and Atlantic documents moved, with their ids, into one table of
    /// documents with their owner, in the same migration, before their tables went (AdoptingALegacyDatabase reads them after).
    /// </summary>
    private static readonly HashSet<string> ReviewedTableDrops = ["DocumentsInOneTable:OfferDocuments", "DocumentsInOneTable:AtlanticDocuments"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void No_migration_drops_a_table_or_a_column(DatabaseProvider provider)
    {
        // What the database holds outlives the code: a migration that drops data is a decision to take in review, with this
        // test changed alongside. (The earlier scheduler's tables went with raw SQL, on purpose: they held no portal data.)
        using var db = Context(provider);
        var migrations = db.GetService<IMigrationsAssembly>();
        foreach (var (id, type) in migrations.Migrations)
        {
            var migration = migrations.CreateMigration(type, db.Database.ProviderName!);
            var dropped = migration.UpOperations
                .Where(o => o is DropTableOperation or DropColumnOperation or DeleteDataOperation)
                .Where(o => !(id.EndsWith("_RulesInForce", StringComparison.Ordinal) && o is DropColumnOperation c && ReviewedDrops.Contains($"{c.Table}.{c.Name}")))
                .Where(o => !(o is DropTableOperation t && ReviewedTableDrops.Contains($"{id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]}:{t.Name}")))
                .ToList();
            Assert.True(dropped.Count == 0, $"{id} drops: {string.Join(", ", dropped.Select(o => o switch
            {
                DropColumnOperation c => $"{c.Table}.{c.Name}",
                DropTableOperation t => t.Name,
                _ => o.GetType().Name,
            }))}");
        }
    }

    [Theory]
    // SHA-256 of each provider's baseline reference data (db/seed/), as the first migration landed with it. A migration
    // that has run somewhere must never change: a change to the data is a new migration (db/README.md).
    [InlineData("sqlite/baseline_reference_data.sql", "4B7C686EB493B7D3A2E01ECED14A27032860EFF31A7380496C177809FEE41972")]
    [InlineData("postgres/baseline_reference_data.sql", "91FC83F55E670ECE98497C474A1A3CD8FAFA40CC2ED69A5341F74AB2F1813596")]
    [InlineData("sqlserver/baseline_reference_data.sql", "D9450D944381570BD70BA61BA662B85669666D3E566386ECD8F93D75E960B07E")]
    public void The_first_migrations_reference_data_is_as_it_landed(string path, string sha256)
    {
        var sql = SeedScripts.Read(path).ReplaceLineEndings("\n");
        Assert.Equal(sha256, Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sql))));
    }

    private static string Folder(DatabaseProvider provider) => provider.ToString().ToLowerInvariant();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln"))) return dir.FullName;
        throw new InvalidOperationException("Portal.sln was not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
