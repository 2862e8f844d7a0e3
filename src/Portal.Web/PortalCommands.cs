using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Identity;

namespace Portal.Web;

/// <summary>
/// Operator commands: `dotnet run --project src/Portal.Web -- COMMAND`.
///   migrate                 apply the EF Core migrations to the configured database (adopting one made by the earlier
///                           SQL scripts) and exit
///   create-admin EMAIL      create an administrator and print a one-time link to set the password
///   schema-script           print the migrations script for the configured provider (db/&lt;provider&gt;/deploy.sql)
/// </summary>
public static class PortalCommands
{
    private static readonly string[] Known = ["migrate", "create-admin", "schema-script"];

    public static (string? Command, string[] CommandArgs, string[] HostArgs) Split(string[] args)
    {
        if (args.Length > 0 && Known.Contains(args[0]))
        {
            var rest = args.Skip(1).ToArray();
            return (args[0], rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray(),
                rest.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToArray());
        }
        return (null, [], args);
    }

    public static async Task<int> RunAsync(WebApplication app, string command, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentActor>().ActAsSystem(command);
        switch (command)
        {
            case "migrate":
                var applied = await sp.GetRequiredService<PortalMigrator>().MigrateAsync();
                Console.WriteLine(applied.Count == 0 ? "The database is up to date." : $"Applied: {string.Join(", ", applied)}");
                return 0;
            case "schema-script":
                Console.Write(PortalMigrator.DeployScript(sp.GetRequiredService<PortalDbContext>()));
                return 0;
            case "create-admin":
                if (args.Length != 1 || !Email.EmailOptions.IsValidAddress(args[0]))
                {
                    Console.Error.WriteLine("Usage: create-admin someone@example.org");
                    return 2;
                }
                await app.MigratePortalDatabaseAsync();
                return await CreateAdministratorAsync(sp, args[0]);
            default:
                return 2;
        }
    }

    private static async Task<int> CreateAdministratorAsync(IServiceProvider sp, string email)
    {
        var users = sp.GetRequiredService<UserManager<PortalUser>>();
        var roles = sp.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var portal = sp.GetRequiredService<IOptions<PortalOptions>>().Value;
        var db = sp.GetRequiredService<PortalDbContext>();

        if (await users.FindByEmailAsync(email) is not null)
        {
            Console.Error.WriteLine($"An account for {email} already exists.");
            return 1;
        }
        await using var tx = await db.Database.BeginTransactionAsync();
        if (!await roles.RoleExistsAsync(PortalRoles.Administrator))
            Check(await roles.CreateAsync(new IdentityRole<Guid>(PortalRoles.Administrator)));
        // No password: the person sets one through the link, which works once (it changes the security stamp).
        var user = new PortalUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = email,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, PortalRoles.Administrator));
        await tx.CommitAsync();

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = portal.Link($"/Account/ResetPassword?userId={user.Id}&code={Features.Account.AccountLinks.Encode(token)}&setup=true");
        Console.WriteLine($"Administrator {email} created. Open this link once to set the password (valid 24 hours):");
        Console.WriteLine(link);
        Console.WriteLine("Two-factor sign-in will be set up at the first sign-in; administrators must use it.");
        return 0;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
