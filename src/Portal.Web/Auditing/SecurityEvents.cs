using System.Text.Json;
using Portal.Web.Data;
using Portal.Web.Identity;

namespace Portal.Web.Auditing;

/// <summary>
/// Writes security events to the audit trail (OWASP ASVS 4.0, 7.2.1: every authentication decision, success or
/// failure; 7.2.2: every access-control and account-protection change): who (the account, or for an unknown account the
/// address typed), when (UTC), from which client address, what happened and why, never a password or a code (7.1.1).
/// They are append-only audit rows like any other, in the person's organization, so its owners see them too.
/// </summary>
public sealed class SecurityEvents(PortalDbContext db, CurrentActor actor, TimeProvider clock)
{
    /// <summary>The entity type of every security event in the audit trail.</summary>
    public const string EntityType = "Security";

    private const int ActorNameMaxLength = 256;

    /// <summary>Records one event about <paramref name="user"/>, or about an unknown account named <paramref name="typedEmail"/>.</summary>
    public async Task RecordAsync(AuditAction what, PortalUser? user, string? typedEmail = null, string? reason = null, string? method = null)
    {
        var name = user?.Email ?? typedEmail?.Trim() ?? actor.Name;
        if (name.Length > ActorNameMaxLength) name = name[..ActorNameMaxLength];
        var after = new Dictionary<string, string>();
        if (reason is not null) after["Reason"] = reason;
        if (method is not null) after["Method"] = method;
        db.AuditEntries.Add(AuditEntry.Record(
            clock.GetUtcNow().UtcDateTime,
            user is null ? null : AuditTrail.OrganizationOfUser(db, user.Id),
            user?.Id, name, EntityType, user?.Id.ToString() ?? string.Empty, what,
            JsonSerializer.Serialize(new { before = new { }, after }),
            actor.ClientAddress));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Records what the signed-in administrator did to a scheduled job: <paramref name="job"/> is its name (or the
    /// dashboard's command), <paramref name="details"/> what else says what was done. Portal-wide: in no organization.
    /// </summary>
    public async Task RecordJobAsync(AuditAction what, string job, IReadOnlyDictionary<string, string>? details = null)
    {
        var name = actor.Name.Length > ActorNameMaxLength ? actor.Name[..ActorNameMaxLength] : actor.Name;
        var after = details ?? new Dictionary<string, string> { ["Job"] = job };
        db.AuditEntries.Add(AuditEntry.Record(
            clock.GetUtcNow().UtcDateTime, null, actor.UserId, name, EntityType, job, what,
            JsonSerializer.Serialize(new { before = new { }, after }),
            actor.ClientAddress));
        await db.SaveChangesAsync();
    }
}
