using Portal.Web;
using Portal.Web.Data;
using Portal.Web.Diagnostics;
using Portal.Web.Email;
using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Documents;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Reminders;
using Portal.Web.Identity;
using Portal.Web.Localization;
using Portal.Web.Security;

var (command, commandArgs, hostArgs) = PortalCommands.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);

builder.AddPortalClock();
builder.AddPortalData();
builder.AddPortalIdentity();
builder.AddPortalSecurity();
builder.AddPortalAuthorization();
builder.AddPortalEmail();
builder.AddPortalScheduling();
builder.AddPortalOffers();
builder.AddPortalAtlantic();
builder.AddPortalDocuments();
builder.AddPortalLocalization();
builder.AddPortalPages();
builder.AddPortalProfiling();

var app = builder.Build();

if (command is not null)
    return await PortalCommands.RunAsync(app, command, commandArgs);

await app.MigratePortalDatabaseAsync();

app.UsePortalForwardedHeaders();
app.UsePortalErrorPages();
app.UsePortalHttps();
app.UsePortalSecurityHeaders();
app.UsePortalRequestRules();
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseAuthentication();
app.UsePortalRateLimiting();
app.UseAuthorization();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapRazorPages();
app.MapPortalJobsDashboard();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
