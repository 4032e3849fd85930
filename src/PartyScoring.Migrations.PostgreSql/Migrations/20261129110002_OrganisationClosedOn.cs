using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyScoring.Migrations.PostgreSql.Migrations
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
                type: "date",
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
