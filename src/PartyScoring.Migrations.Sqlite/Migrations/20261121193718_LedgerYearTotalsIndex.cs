using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyScoring.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LedgerYearTotalsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_LedgerLines_YearTotals",
                table: "LedgerLines",
                columns: new[] { "Year", "State", "MemberId", "SchemeItemId", "Quarter", "Kind", "Points", "ReversesLineId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LedgerLines_YearTotals",
                table: "LedgerLines");
        }
    }
}
