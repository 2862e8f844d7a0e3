using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KeyRingAndLegacyTablesDropped : Migration
    {
        // The earlier scheduler (Quartz.NET) kept its jobs in the portal's database, in tables it made itself at start-up
        // (in lower case on PostgreSQL); its successor keeps nothing there. The triggers' tables go before the
        // tables they refer to. IF EXISTS: a database where the scheduler never ran has none of them.
        private static readonly string[] SchedulerTables =
        [
            "qrtz_simple_triggers",
            "qrtz_cron_triggers",
            "qrtz_simprop_triggers",
            "qrtz_blob_triggers",
            "qrtz_triggers",
            "qrtz_job_details",
            "qrtz_fired_triggers",
            "qrtz_calendars",
            "qrtz_paused_trigger_grps",
            "qrtz_paused_job_grps",
            "qrtz_scheduler_state",
            "qrtz_locks",
            "qrtz_execution_history",
            "qrtz_misfire_history",
            "qrtz_job_status",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
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
