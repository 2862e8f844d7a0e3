using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

/// <summary>Settings under "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (embedded default), Postgres or SqlServer. The one place the provider is chosen.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For Sqlite, empty means "portal.db in the data folder". Required for Postgres and SqlServer.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply the EF Core migrations at start-up. Operators who migrate separately turn this off.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

/// <summary>Settings under "Portal".</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>Folder for the SQLite database, the mail folder and uploaded files. Relative to the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>
    /// The address people reach the portal at. Links in emails are built from it, never from the
    /// request's Host header, so a forged Host cannot poison a password-reset link.
    /// </summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory));

    public string Link(string pathAndQuery) => PublicBaseUrl.TrimEnd('/') + pathAndQuery;
}
