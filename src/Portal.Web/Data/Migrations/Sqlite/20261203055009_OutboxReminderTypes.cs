using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxReminderTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in OutboxReminderTypeNames.Sql("\"OutboxEmails\"", "\"Type\"", up: true))
                migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in OutboxReminderTypeNames.Sql("\"OutboxEmails\"", "\"Type\"", up: false))
                migrationBuilder.Sql(sql);
        }
    }
}
