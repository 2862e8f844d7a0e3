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
    /// <summary>The address the request came from (after a known proxy's X-Forwarded-For); null for commands and jobs.</summary>
    public string? ClientAddress { get; private set; }

    public const int ClientAddressMaxLength = 64;

    public static AuditEntry Record(
        DateTime nowUtc, Guid? organizationId, Guid? actorUserId, string actorName,
        string entityType, string entityId, AuditAction action, string changes, string? clientAddress = null) => new()
    {
        ClientAddress = clientAddress is { Length: > ClientAddressMaxLength } ? clientAddress[..ClientAddressMaxLength] : clientAddress,
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

    // Security events (OWASP ASVS 4.0, 7.2.1 and 7.2.2): rows of entity type "Security" about a person's account.
    SignedIn = 10,
    SignInFailed = 11,
    LockedOut = 12,
    SignedOut = 13,
    PasswordChanged = 14,
    TwoFactorEnabled = 15,
    TwoFactorDisabled = 16,
    RecoveryCodesRenewed = 17,
    AuthenticatorReset = 18,

    // An administrator's action on a scheduled job (7.2.2): also rows of entity type "Security", by the administrator,
    // about the job (its name is the entity id).
    JobPaused = 30,
    JobResumed = 31,
    JobRunNow = 32,
    /// <summary>A change made on Hangfire's dashboard (trigger, requeue, delete...): the command and the jobs are in the row.</summary>
    JobsDashboardCommand = 33,
}

/// <summary>What a reader sees for each action (a key of the shared resources).</summary>
public static class AuditActions
{
    public static string Name(AuditAction action) => action switch
    {
        AuditAction.Added => "Added",
        AuditAction.Modified => "Modified",
        AuditAction.Deleted => "Deleted",
        AuditAction.Retried => "Retried",
        AuditAction.SignedIn => "Signed in",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.LockedOut => "Account locked",
        AuditAction.SignedOut => "Signed out",
        AuditAction.PasswordChanged => "Password changed",
        AuditAction.TwoFactorEnabled => "Two-factor sign-in turned on",
        AuditAction.TwoFactorDisabled => "Two-factor sign-in turned off",
        AuditAction.RecoveryCodesRenewed => "New recovery codes made",
        AuditAction.AuthenticatorReset => "Authenticator app replaced",
        AuditAction.JobPaused => "Job paused",
        AuditAction.JobResumed => "Job resumed",
        AuditAction.JobRunNow => "Job run now",
        AuditAction.JobsDashboardCommand => "Change on the jobs dashboard",
        _ => action.ToString(),
    };
}
