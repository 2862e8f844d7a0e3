using System.Diagnostics;

namespace Portal.Tests.Rules;

/// <summary>
/// Runs tools/missing_translations.py, which lists the English texts of the portal (the keys of
/// SharedResource) that have no entry in SharedResource.fr.resx, and the duplicate keys of that file.
/// </summary>
public sealed class EveryTextIsTranslated
{
    [Fact]
    public async Task Every_text_shown_to_users_has_a_French_translation()
    {
        var root = RepositoryRoot();
        var psi = new ProcessStartInfo("/usr/bin/python3")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(root, "tools", "missing_translations.py"));
        psi.Environment["PYTHONIOENCODING"] = "utf-8";

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("python3 did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0,
            "Some texts have no French translation in src/Portal.Web/Localization/SharedResource.fr.resx, " +
            "or that file has duplicate keys:" + Environment.NewLine + await output + await error);
    }

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
