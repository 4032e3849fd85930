using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyScoring.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StarRating : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RatingStandards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BaseWeight = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    FiveStarQuota = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    QuotaApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    QuotaApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    QuotaApprovalDocument = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingStandards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingStandards_Organisations_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rectifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BranchId = table.Column<int>(type: "INTEGER", nullable: false),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Stars = table.Column<int>(type: "INTEGER", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResponsiblePerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rectifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rectifications_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Rectifications_Organisations_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SpotChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Seed = table.Column<long>(type: "INTEGER", nullable: false),
                    DrawnBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotChecks_Organisations_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BranchRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StandardId = table.Column<int>(type: "INTEGER", nullable: false),
                    TownshipId = table.Column<int>(type: "INTEGER", nullable: false),
                    BranchId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: true),
                    BaseScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    Bonus = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    Deductions = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    BandStars = table.Column<int>(type: "INTEGER", nullable: false),
                    Stars = table.Column<int>(type: "INTEGER", nullable: false),
                    Cap = table.Column<int>(type: "INTEGER", nullable: false),
                    CountyReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BranchRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BranchRatings_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BranchRatings_Organisations_TownshipId",
                        column: x => x.TownshipId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BranchRatings_RatingStandards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "RatingStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RatingItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StandardId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<int>(type: "INTEGER", nullable: true),
                    Points = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingItems_RatingStandards_StandardId",
                        column: x => x.StandardId,
                        principalTable: "RatingStandards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RectificationProgress",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RectificationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationProgress_Rectifications_RectificationId",
                        column: x => x.RectificationId,
                        principalTable: "Rectifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BranchId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stars = table.Column<int>(type: "INTEGER", nullable: false),
                    Upheld = table.Column<bool>(type: "INTEGER", nullable: true),
                    Finding = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CheckedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    SpotCheckId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckEntries_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpotCheckEntries_SpotChecks_SpotCheckId",
                        column: x => x.SpotCheckId,
                        principalTable: "SpotChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RatingSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RatingId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingSteps_BranchRatings_RatingId",
                        column: x => x.RatingId,
                        principalTable: "BranchRatings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RatingScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    SelfPoints = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    SelfNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Points = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    ChangeReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RatingId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingScores_BranchRatings_RatingId",
                        column: x => x.RatingId,
                        principalTable: "BranchRatings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RatingScores_RatingItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "RatingItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BranchRatings_BranchId_Year",
                table: "BranchRatings",
                columns: new[] { "BranchId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BranchRatings_StandardId",
                table: "BranchRatings",
                column: "StandardId");

            migrationBuilder.CreateIndex(
                name: "IX_BranchRatings_TownshipId_Year",
                table: "BranchRatings",
                columns: new[] { "TownshipId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_RatingItems_StandardId_Code",
                table: "RatingItems",
                columns: new[] { "StandardId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RatingScores_ItemId",
                table: "RatingScores",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_RatingScores_RatingId",
                table: "RatingScores",
                column: "RatingId");

            migrationBuilder.CreateIndex(
                name: "IX_RatingStandards_TownshipId_Year",
                table: "RatingStandards",
                columns: new[] { "TownshipId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RatingSteps_RatingId",
                table: "RatingSteps",
                column: "RatingId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationProgress_RectificationId",
                table: "RectificationProgress",
                column: "RectificationId");

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_BranchId_Year",
                table: "Rectifications",
                columns: new[] { "BranchId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_TownshipId",
                table: "Rectifications",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckEntries_BranchId",
                table: "SpotCheckEntries",
                column: "BranchId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckEntries_SpotCheckId",
                table: "SpotCheckEntries",
                column: "SpotCheckId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotChecks_TownshipId_Year",
                table: "SpotChecks",
                columns: new[] { "TownshipId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RatingScores");

            migrationBuilder.DropTable(
                name: "RatingSteps");

            migrationBuilder.DropTable(
                name: "RectificationProgress");

            migrationBuilder.DropTable(
                name: "SpotCheckEntries");

            migrationBuilder.DropTable(
                name: "RatingItems");

            migrationBuilder.DropTable(
                name: "BranchRatings");

            migrationBuilder.DropTable(
                name: "Rectifications");

            migrationBuilder.DropTable(
                name: "SpotChecks");

            migrationBuilder.DropTable(
                name: "RatingStandards");
        }
    }
}
