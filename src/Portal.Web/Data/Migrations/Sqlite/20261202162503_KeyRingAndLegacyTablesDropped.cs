using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeyRingAndLegacyTablesDropped : Migration
    {
        // The earlier scheduler (Quartz.NET) kept its jobs in the portal's database, in tables it made itself at start-up
        // (in upper case on SQLite); its successor keeps nothing there. The triggers' tables go before the
        // tables they refer to. IF EXISTS: a database where the scheduler never ran has none of them.
        private static readonly string[] SchedulerTables =
        [
            "QRTZ_SIMPLE_TRIGGERS",
            "QRTZ_CRON_TRIGGERS",
            "QRTZ_SIMPROP_TRIGGERS",
            "QRTZ_BLOB_TRIGGERS",
            "QRTZ_TRIGGERS",
            "QRTZ_JOB_DETAILS",
            "QRTZ_FIRED_TRIGGERS",
            "QRTZ_CALENDARS",
            "QRTZ_PAUSED_TRIGGER_GRPS",
            "QRTZ_PAUSED_JOB_GRPS",
            "QRTZ_SCHEDULER_STATE",
            "QRTZ_LOCKS",
            "QRTZ_EXECUTION_HISTORY",
            "QRTZ_MISFIRE_HISTORY",
            "QRTZ_JOB_STATUS",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            foreach (var table in SchedulerTables)
                migrationBuilder.Sql($"DROP TABLE IF EXISTS \"{table}\";");
            // Where the earlier migrator recorded its SQL scripts (see PortalMigrator): the history table says it all now.
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"__schema_versions\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The dropped tables are not brought back: the scheduler that used them is gone, and so are the scripts.
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");
        }
    }
}
