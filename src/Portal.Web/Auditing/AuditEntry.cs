namespace Portal.Web.Auditing;

/// <summary>
/// One change to the portal's data, written in the same transaction as the change itself. Append-only:
/// the DbContext refuses to update or delete it, and a database trigger refuses too.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry() { }

    public long Id { get; private set; }
    public DateTime OccurredAtUtc { get; private set; }
    /// <summary>Null for portal-wide rows (an administrator's own account).</summary>
    public Guid? OrganizationId { get; private set; }
    public Guid? ActorUserId { get; private set; }
    /// <summary>Email of the person, or "system:..." for commands and jobs, or "anonymous".</summary>
    public string ActorName { get; private set; } = string.Empty;
    public string EntityType { get; private set; } = string.Empty;
    public string EntityId { get; private set; } = string.Empty;
    public AuditAction Action { get; private set; }
    /// <summary>JSON: {"before":{...},"after":{...}} with the changed properties only.</summary>
    public string Changes { get; private set; } = "{}";

    public static AuditEntry Record(
        DateTime nowUtc, Guid? organizationId, Guid? actorUserId, string actorName,
        string entityType, string entityId, AuditAction action, string changes) => new()
    {
        OccurredAtUtc = nowUtc,
        OrganizationId = organizationId,
        ActorUserId = actorUserId,
        ActorName = actorName,
        EntityType = entityType,
        EntityId = entityId,
        Action = action,
        Changes = changes,
    };
}

public enum AuditAction
{
    Added = 1,
    Modified = 2,
    Deleted = 3,
    /// <summary>An administrator sent a failed email again (the outbox rows themselves stay out of the trail).</summary>
    Retried = 4,
}
