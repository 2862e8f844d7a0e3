namespace Portal.Web.Data;

/// <summary>The reference-data SQL of db/seed/ (embedded in the portal), for the migrations that insert it.</summary>
internal static class SeedScripts
{
    /// <param name="path">Below db/seed/, for example "postgres/baseline_reference_data.sql".</param>
    public static string Read(string path)
    {
        using var stream = typeof(SeedScripts).Assembly.GetManifestResourceStream("db/seed/" + path)
            ?? throw new InvalidOperationException($"db/seed/{path} is not embedded in the portal.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
