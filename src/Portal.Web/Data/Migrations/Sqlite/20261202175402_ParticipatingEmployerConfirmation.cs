using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ParticipatingEmployerConfirmation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAtUtc",
                table: "ParticipatingEmployers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConfirmedByUserId",
                table: "ParticipatingEmployers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConfirmedOrganizationId",
                table: "ParticipatingEmployers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParticipatingEmployers_ConfirmedOrganizationId",
                table: "ParticipatingEmployers",
                column: "ConfirmedOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipatingEmployers_ProgramCode_BusinessNumber",
                table: "ParticipatingEmployers",
                columns: new[] { "ProgramCode", "BusinessNumber" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ParticipatingEmployers_Organizations_ConfirmedOrganizationId",
                table: "ParticipatingEmployers",
                column: "ConfirmedOrganizationId",
                principalTable: "Organizations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ParticipatingEmployers_Organizations_ConfirmedOrganizationId",
                table: "ParticipatingEmployers");

            migrationBuilder.DropIndex(
                name: "IX_ParticipatingEmployers_ConfirmedOrganizationId",
                table: "ParticipatingEmployers");

            migrationBuilder.DropIndex(
                name: "IX_ParticipatingEmployers_ProgramCode_BusinessNumber",
                table: "ParticipatingEmployers");

            migrationBuilder.DropColumn(
                name: "ConfirmedAtUtc",
                table: "ParticipatingEmployers");

            migrationBuilder.DropColumn(
                name: "ConfirmedByUserId",
                table: "ParticipatingEmployers");

            migrationBuilder.DropColumn(
                name: "ConfirmedOrganizationId",
                table: "ParticipatingEmployers");
        }
    }
}
