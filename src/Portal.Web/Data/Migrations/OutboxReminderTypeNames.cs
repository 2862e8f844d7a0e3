namespace Portal.Web.Data.Migrations;

/// <summary>
/// The OutboxReminderTypes migration of each provider: a reminder's outbox row named its email class
/// (<c>CommitmentDueSoonEmail</c>); it now holds the reminder type's name (<c>CommitmentDueSoon</c>), so that renaming or
/// moving a class changes no stored row. The names are written out here, as they were on the day of the migration.
/// </summary>
internal static class OutboxReminderTypeNames
{
    private static readonly string[] Types =
    [
        "FeeNotRecorded", "NumberNotRecorded", "NumberNotGiven", "StartDateSoon", "PermitExpiresIn180Days", "PermitExpiresIn90Days",
        "WageReviewDue", "DesignationChangesRequested", "CommitmentDueSoon", "CommitmentDueToday", "CommitmentOverdue",
        "RefundNotReceived", "DesignationReviewQueue",
    ];

    /// <summary>One UPDATE per type, with the provider's quoted table and column names.</summary>
    public static IEnumerable<string> Sql(string table, string column, bool up) =>
        Types.Select(t => up
            ? $"UPDATE {table} SET {column} = '{t}' WHERE {column} = '{t}Email';"
            : $"UPDATE {table} SET {column} = '{t}Email' WHERE {column} = '{t}';");
}
