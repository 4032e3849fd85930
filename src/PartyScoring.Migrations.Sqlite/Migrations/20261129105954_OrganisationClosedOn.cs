using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyScoring.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationClosedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "Organisations",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "Organisations");
        }
    }
}
