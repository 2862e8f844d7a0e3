using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RulesInForce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EligibleTeers",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "ExpeditedTeers",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "FeeExempt",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "MinimumDurationDays",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "RequiredProvinces",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "RequiresFullTime",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "RequiresIndeterminate",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "RequiresParticipatingEmployer",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "UsesOccupationList",
                table: "Programs");

            migrationBuilder.AddColumn<bool>(
                name: "EmployerSpecific",
                table: "Programs",
                nullable: false,
                defaultValue: false);

            migrationBuilder.DropColumn(
                name: "FullTime",
                table: "Offers");

            migrationBuilder.AddColumn<bool>(
                name: "Seasonal",
                table: "Offers",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "Source",
                table: "Programs",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(50)",
                oldMaxLength: 50,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Regulation",
                table: "Programs",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AttestHealthCare",
                table: "Offers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AttestNoRecruiterFees",
                table: "Offers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "AttestWorkersRights",
                table: "Offers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "FeeExemptionReason",
                table: "Offers",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstDayOfEmployment",
                table: "Offers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstDayRecordedAtUtc",
                table: "Offers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FirstDayRecordedByUserId",
                table: "Offers",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PathwayCode",
                table: "Offers",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PermitDecidedOn",
                table: "Offers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PermitExpiresOn",
                table: "Offers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PermitNumber",
                table: "Offers",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PermitOutcome",
                table: "Offers",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PermitRecordedAtUtc",
                table: "Offers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PermitRecordedByUserId",
                table: "Offers",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleFr",
                table: "Occupations",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProgramRuleSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProgramCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Source = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    EligibleTeers = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ExpeditedTeers = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    IndeterminateTeers = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    MinimumDurationMonths = table.Column<int>(type: "int", nullable: true),
                    MinimumHoursPerWeek = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    RequiresNonSeasonal = table.Column<bool>(type: "bit", nullable: false),
                    RequiresParticipatingEmployer = table.Column<bool>(type: "bit", nullable: false),
                    RequiredProvinces = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    ExcludedProvinces = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    RequiredCitizenships = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    RequiresDesignation = table.Column<bool>(type: "bit", nullable: false),
                    RequiresEndorsement = table.Column<bool>(type: "bit", nullable: false),
                    UsesOccupationList = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramRuleSets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramRuleSets_Programs_ProgramCode",
                        column: x => x.ProgramCode,
                        principalTable: "Programs",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Offers_PathwayCode",
                table: "Offers",
                column: "PathwayCode");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_PermitExpiresOn",
                table: "Offers",
                column: "PermitExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramRuleSets_ProgramCode_EffectiveFrom",
                table: "ProgramRuleSets",
                columns: new[] { "ProgramCode", "EffectiveFrom" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Offers_Programs_PathwayCode",
                table: "Offers",
                column: "PathwayCode",
                principalTable: "Programs",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Offers_Programs_PathwayCode",
                table: "Offers");

            migrationBuilder.DropTable(
                name: "ProgramRuleSets");

            migrationBuilder.DropIndex(
                name: "IX_Offers_PathwayCode",
                table: "Offers");

            migrationBuilder.DropIndex(
                name: "IX_Offers_PermitExpiresOn",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "Regulation",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "AttestHealthCare",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "AttestNoRecruiterFees",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "AttestWorkersRights",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "FeeExemptionReason",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "FirstDayOfEmployment",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "FirstDayRecordedAtUtc",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "FirstDayRecordedByUserId",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "PathwayCode",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "PermitDecidedOn",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "PermitExpiresOn",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "PermitNumber",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "PermitOutcome",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "PermitRecordedAtUtc",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "PermitRecordedByUserId",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "TitleFr",
                table: "Occupations");

            migrationBuilder.DropColumn(
                name: "EmployerSpecific",
                table: "Programs");

            migrationBuilder.AddColumn<bool>(
                name: "UsesOccupationList",
                table: "Programs",
                nullable: false,
                defaultValue: false);

            migrationBuilder.DropColumn(
                name: "Seasonal",
                table: "Offers");

            migrationBuilder.AddColumn<bool>(
                name: "FullTime",
                table: "Offers",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "Source",
                table: "Programs",
                type: "nvarchar(50)",
                maxLength: 50,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(500)",
                oldMaxLength: 500,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EligibleTeers",
                table: "Programs",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExpeditedTeers",
                table: "Programs",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FeeExempt",
                table: "Programs",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "MinimumDurationDays",
                table: "Programs",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequiredProvinces",
                table: "Programs",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresFullTime",
                table: "Programs",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresIndeterminate",
                table: "Programs",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresParticipatingEmployer",
                table: "Programs",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }
    }
}
