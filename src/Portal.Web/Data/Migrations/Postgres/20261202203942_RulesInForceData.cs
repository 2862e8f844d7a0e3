using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RulesInForceData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The whole NOC 2021, IRCC's exemption codes, the pathways and every program's rule sets with their days
            // (db/reference/rules_in_force.py). The program columns RulesInForce dropped held the rules before rule sets had
            // days; the rule sets replace them from the sources, and administrators' edits of them are in the audit trail.
            // A migration of its own: SQLite rebuilds the tables RulesInForce changes at the end of that migration.
            migrationBuilder.Sql(SeedScripts.Read("postgres/rules_in_force.sql"));

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
