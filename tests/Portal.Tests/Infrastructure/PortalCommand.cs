using System.Diagnostics;

namespace Portal.Tests.Infrastructure;

/// <summary>Runs an operator command of the portal (`Portal.Web.dll COMMAND ...`) against a test portal's database.</summary>
public static class PortalCommand
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(PortalApp app, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        psi.Environment["Database__Provider"] = app.Provider.ToString();
        psi.Environment["Database__ConnectionString"] = app.ConnectionString;
        psi.Environment["Portal__DataDirectory"] = app.DataDirectory;
        psi.Environment["Portal__PublicBaseUrl"] = app.PublicBaseUrl;
        using var process = Process.Start(psi)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
