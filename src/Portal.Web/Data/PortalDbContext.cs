using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Web.Auditing;
using Portal.Web.Features.Atlantic;
using Portal.Web.Features.Documents;
using Portal.Web.Features.Offers;
using Portal.Web.Features.Organizations;
using Portal.Web.Identity;
using Portal.Web.ReferenceData;

namespace Portal.Web.Data;

/// <summary>
/// The portal's one model. Each database provider has its own subclass (SqlitePortalDbContext and the others, chosen in
/// DataServiceCollectionExtensions) only so that each has its own migrations; everything else injects this type.
/// </summary>
public abstract class PortalDbContext : IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>, IDataProtectionKeyContext
{
    private readonly CurrentActor actor;
    private readonly TimeProvider clock;

    protected PortalDbContext(DbContextOptions options, CurrentActor actor, TimeProvider clock) : base(options)
    {
        this.actor = actor;
        this.clock = clock;
    }

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Occupation> Occupations => Set<Occupation>();
    public DbSet<ImmigrationProgram> Programs => Set<ImmigrationProgram>();
    public DbSet<ProgramRuleSet> ProgramRuleSets => Set<ProgramRuleSet>();
    public DbSet<ProgramOccupation> ProgramOccupations => Set<ProgramOccupation>();
    public DbSet<ParticipatingEmployer> ParticipatingEmployers => Set<ParticipatingEmployer>();
    public DbSet<ComplianceFee> ComplianceFees => Set<ComplianceFee>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Offer> Offers => Set<Offer>();
    public DbSet<DesignationApplication> DesignationApplications => Set<DesignationApplication>();
    public DbSet<EndorsementCase> EndorsementCases => Set<EndorsementCase>();
    public DbSet<SettlementCommitment> SettlementCommitments => Set<SettlementCommitment>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<Email.OutboxEmail> OutboxEmails => Set<Email.OutboxEmail>();
    public DbSet<Features.Reminders.ReminderPreference> ReminderPreferences => Set<Features.Reminders.ReminderPreference>();
    public DbSet<Features.Reminders.DigestItem> DigestItems => Set<Features.Reminders.DigestItem>();

    /// <summary>The key ring that signs sessions, tokens and reminder links, shared by every instance of the portal.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public CurrentActor Actor => actor;

    // The organization scope: EF Core reads these per query, so one context instance always filters by
    // the actor it was created for. Every IOrganizationOwned entity gets the same filter below.
    // "@ScopeAll OR OrganizationId = @org" would stop SQLite from using the organization index (it cannot fold a
    // bound parameter), so OrganizationScopeSql takes the switch out of the SQL once its value is known.
    private bool ScopeAll => actor.SeesAllOrganizations;
    private Guid? ScopeOrganizationId => actor.OrganizationId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        builder.Entity<Organization>().HasQueryFilter(o => ScopeAll || o.Id == ScopeOrganizationId);
        builder.Entity<AuditEntry>().HasQueryFilter(a => ScopeAll || a.OrganizationId == ScopeOrganizationId);
        foreach (var type in builder.Model.GetEntityTypes()
                     .Where(t => typeof(IOrganizationOwned).IsAssignableFrom(t.ClrType)).ToList())
        {
            var method = typeof(PortalDbContext).GetMethod(nameof(FilterByOrganization),
                System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
            method.MakeGenericMethod(type.ClrType).Invoke(this, [builder]);
        }
    }

    private void FilterByOrganization<T>(ModelBuilder builder) where T : class, IOrganizationOwned =>
        builder.Entity<T>().HasQueryFilter(e => ScopeAll || e.OrganizationId == ScopeOrganizationId);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored in UTC. SQLite gives DateTime back without a Kind; say it is UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditTrail.Record(this, actor, clock.GetUtcNow().UtcDateTime);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditTrail.Record(this, actor, clock.GetUtcNow().UtcDateTime);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
