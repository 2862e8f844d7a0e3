using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Web.Data;
using Portal.Web.Features.Organizations;
using Portal.Web.Identity;

namespace Portal.Web.Auditing;

/// <summary>
/// Turns the pending changes of a SaveChanges call into <see cref="AuditEntry"/> rows added to the same
/// SaveChanges, so the trace and the change commit or fail together.
/// </summary>
internal static class AuditTrail
{
    // Secrets are never copied into the trail; that they changed is still recorded.
    private static readonly HashSet<string> Redacted = new(StringComparer.Ordinal)
    {
        nameof(PortalUser.PasswordHash), nameof(PortalUser.SecurityStamp), nameof(Invitation.TokenHash),
        nameof(IdentityUserToken<Guid>.Value),
    };

    // Bookkeeping columns that change on every write and say nothing to a reader.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        nameof(PortalUser.ConcurrencyStamp), nameof(PortalUser.NormalizedEmail), nameof(PortalUser.NormalizedUserName),
    };

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static void Record(PortalDbContext db, CurrentActor actor, DateTime nowUtc)
    {
        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        foreach (var entry in entries)
        {
            // The outbox is delivery bookkeeping, not a record of the organization's: its rows (with their bodies) stay out.
            // So are digest items: each is already an email-in-waiting about something the trail records itself.
            if (entry.Entity is Email.OutboxEmail or Features.Reminders.DigestItem) continue;
            // Data-protection keys are secrets (they sign every session and link): not even that one was added belongs in a
            // trail that administrators read.
            if (entry.Entity is Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey) continue;
            if (entry.Entity is AuditEntry)
            {
                if (entry.State != EntityState.Added)
                    throw new InvalidOperationException("Audit entries are append-only.");
                continue;
            }

            var (before, after) = Diff(entry);
            if (entry.State == EntityState.Modified && before.Count == 0 && after.Count == 0) continue;

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Modified,
            };
            var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties
                .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
            var changes = JsonSerializer.Serialize(new { before, after }, Json);

            db.AuditEntries.Add(AuditEntry.Record(
                nowUtc, OrganizationOf(db, entry), actor.UserId, actor.Name,
                EntityName(entry), key, action, changes, actor.ClientAddress));
        }
    }

    private static string EntityName(EntityEntry entry) => entry.Entity switch
    {
        IdentityUserRole<Guid> => "UserRole",
        IdentityUserToken<Guid> => "UserToken",
        IdentityUserClaim<Guid> => "UserClaim",
        IdentityUserLogin<Guid> => "UserLogin",
        IdentityRole<Guid> => "Role",
        _ => entry.Metadata.ClrType.Name,
    };

    private static Guid? OrganizationOf(PortalDbContext db, EntityEntry entry) => entry.Entity switch
    {
        IOrganizationOwned owned => owned.OrganizationId,
        Organization org => org.Id,
        // An administrator's confirmation that an organization is a participating employer belongs to that organization's history too.
        ReferenceData.ParticipatingEmployer p => p.ConfirmedOrganizationId
            ?? (Guid?)entry.Property(nameof(ReferenceData.ParticipatingEmployer.ConfirmedOrganizationId)).OriginalValue,
        PortalUser user => OrganizationOfUser(db, user.Id),
        IdentityUserRole<Guid> r => OrganizationOfUser(db, r.UserId),
        IdentityUserToken<Guid> t => OrganizationOfUser(db, t.UserId),
        IdentityUserClaim<Guid> c => OrganizationOfUser(db, c.UserId),
        IdentityUserLogin<Guid> l => OrganizationOfUser(db, l.UserId),
        _ => null,
    };

    internal static Guid? OrganizationOfUser(PortalDbContext db, Guid userId)
    {
        var tracked = db.ChangeTracker.Entries<Membership>().FirstOrDefault(m => m.Entity.UserId == userId);
        if (tracked is not null) return tracked.Entity.OrganizationId;
        return db.Memberships.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.UserId == userId).Select(m => (Guid?)m.OrganizationId).FirstOrDefault();
    }

    private static (Dictionary<string, object?> Before, Dictionary<string, object?> After) Diff(EntityEntry entry)
    {
        var before = new Dictionary<string, object?>();
        var after = new Dictionary<string, object?>();
        foreach (var (name, original, current, modified) in Properties(entry))
        {
            if (Ignored.Contains(name)) continue;
            var redact = Redacted.Contains(name);
            switch (entry.State)
            {
                case EntityState.Added:
                    if (current is not null) after[name] = redact ? "[redacted]" : current;
                    break;
                case EntityState.Deleted:
                    if (original is not null) before[name] = redact ? "[redacted]" : original;
                    break;
                default:
                    if (!modified || Equals(original, current)) continue;
                    before[name] = redact ? "[redacted]" : original;
                    after[name] = redact ? "[redacted]" : current;
                    break;
            }
        }
        return (before, after);
    }

    private static IEnumerable<(string Name, object? Original, object? Current, bool Modified)> Properties(EntityEntry entry)
    {
        foreach (var p in entry.Properties)
            yield return (p.Metadata.Name, Simple(p.OriginalValue), Simple(p.CurrentValue), p.IsModified);
        foreach (var c in entry.ComplexProperties)
            foreach (var p in c.Properties)
                yield return ($"{c.Metadata.Name}.{p.Metadata.Name}", Simple(p.OriginalValue), Simple(p.CurrentValue), p.IsModified);
    }

    private static object? Simple(object? value) => value switch
    {
        Enum e => e.ToString(),
        DateTime d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
