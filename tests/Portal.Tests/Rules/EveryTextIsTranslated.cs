using System.Text;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace Portal.Tests.Rules;

/// <summary>
/// Every English text of the portal (a key of SharedResource, found by <see cref="TranslationKeys"/>) has its entry in
/// SharedResource.fr.resx, and that file holds each key once.
/// </summary>
public sealed class EveryTextIsTranslated(ITestOutputHelper output)
{
    private const string French = "src/Portal.Web/Localization/SharedResource.fr.resx";

    [Fact]
    public void Every_text_shown_to_users_has_a_French_translation()
    {
        var root = RepositoryRoot();
        var found = TranslationKeys.InFolder(Path.Combine(root, "src", "Portal.Web"), root);
        var names = FrenchNames(Path.Combine(root, French));

        output.WriteLine($"{found.Keys.Count} texts found; {names.Count} entries in {French}.");
        output.WriteLine("Localizer calls whose key is computed (checked only through the places the check knows):");
        foreach (var call in found.ComputedKeys)
            output.WriteLine("  " + call);

        var problems = new StringBuilder();
        var exact = new HashSet<string>(StringComparer.Ordinal);
        // A .resources file cannot hold two names that differ only by case, so the resx must not either.
        var byCase = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (!exact.Add(name))
                problems.AppendLine($"duplicate key in {French}: {Shown(name)}");
            else if (!byCase.TryAdd(name, name))
                problems.AppendLine($"keys differing only by case in {French}: {Shown(byCase[name])} / {Shown(name)}");
        }

        var missing = found.Keys.Where(k => !exact.Contains(k.Key)).ToList();
        if (missing.Count > 0)
            problems.AppendLine($"{missing.Count} texts have no French translation in {French}:");
        foreach (var (key, use) in missing)
        {
            problems.Append($"  {Shown(key)}    (first used at {use})");
            if (byCase.TryGetValue(key, out var other))
                problems.Append($"    <- the resx has {Shown(other)}, which differs only by case: the lookup is case-sensitive, " +
                                "but a resx cannot hold both spellings, so use one spelling in the code");
            problems.AppendLine();
        }

        Assert.True(problems.Length == 0, Environment.NewLine + problems);
    }

    /// <summary>The names of the resx's string entries (an entry with a type is a file or an object, not a text).</summary>
    private static List<string> FrenchNames(string path) =>
        XDocument.Load(path).Descendants("data")
            .Where(d => d.Attribute("type") is null)
            .Select(d => (string?)d.Attribute("name") ?? "")
            .ToList();

    private static string Shown(string key) => "\"" + key.Replace("\\", "\\\\").Replace("\n", "\\n") + "\"";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Portal.sln was not found above " + AppContext.BaseDirectory);
    }
}
