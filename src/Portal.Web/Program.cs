using Portal.Web;
using Portal.Web.Data;
using Portal.Web.Email;
using Portal.Web.Identity;
using Portal.Web.Localization;
using Portal.Web.Reminders;

var (command, commandArgs, hostArgs) = PortalCommands.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);

builder.AddPortalClock();
builder.AddPortalData();
builder.AddPortalIdentity();
builder.AddPortalEmail();
builder.AddPortalScheduling();
builder.AddPortalLocalization();
builder.AddPortalPages();

var app = builder.Build();

if (command is not null)
    return await PortalCommands.RunAsync(app, command, commandArgs);

await app.MigratePortalDatabaseAsync();

app.UsePortalErrorPages();
app.UsePortalSecurityHeaders();
app.UsePortalRequestRules();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAdministratorTwoFactor();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
