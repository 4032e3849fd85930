using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartyScoring.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class YearEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HalfYearTalks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    BranchId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    TalkedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TalkedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HalfYearTalks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HalfYearTalks_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HalfYearTalks_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnqualifiedHandlings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    BranchId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnqualifiedHandlings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnqualifiedHandlings_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnqualifiedHandlings_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YearEndRegisters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BranchId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemeId = table.Column<int>(type: "INTEGER", nullable: true),
                    SchemeVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    ExcellentQuotaPlaces = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeOpensAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    NoticeClosesAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearEndRegisters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearEndRegisters_Organisations_BranchId",
                        column: x => x.BranchId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HandlingSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HandlingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandlingSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HandlingSteps_UnqualifiedHandlings_HandlingId",
                        column: x => x.HandlingId,
                        principalTable: "UnqualifiedHandlings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YearEndEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegisterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Section = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Probationary = table.Column<bool>(type: "INTEGER", nullable: false),
                    Base = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    Duty = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    Bonus = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    Deductions = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    EvaluationScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: true),
                    Total = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    GradeScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 1, nullable: false),
                    Vetoed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Grade = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearEndEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearEndEntries_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YearEndEntries_YearEndRegisters_RegisterId",
                        column: x => x.RegisterId,
                        principalTable: "YearEndRegisters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YearEndObjections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegisterId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearEndObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearEndObjections_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YearEndObjections_YearEndRegisters_RegisterId",
                        column: x => x.RegisterId,
                        principalTable: "YearEndRegisters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YearEndTransitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegisterId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearEndTransitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearEndTransitions_YearEndRegisters_RegisterId",
                        column: x => x.RegisterId,
                        principalTable: "YearEndRegisters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YearEndVotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegisterId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    Good = table.Column<int>(type: "INTEGER", nullable: false),
                    Medium = table.Column<int>(type: "INTEGER", nullable: false),
                    Poor = table.Column<int>(type: "INTEGER", nullable: false),
                    Voters = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearEndVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearEndVotes_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YearEndVotes_YearEndRegisters_RegisterId",
                        column: x => x.RegisterId,
                        principalTable: "YearEndRegisters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HalfYearTalks_BranchId_Year",
                table: "HalfYearTalks",
                columns: new[] { "BranchId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_HalfYearTalks_MemberId",
                table: "HalfYearTalks",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_HandlingSteps_HandlingId",
                table: "HandlingSteps",
                column: "HandlingId");

            migrationBuilder.CreateIndex(
                name: "IX_UnqualifiedHandlings_BranchId",
                table: "UnqualifiedHandlings",
                column: "BranchId");

            migrationBuilder.CreateIndex(
                name: "IX_UnqualifiedHandlings_MemberId_Year",
                table: "UnqualifiedHandlings",
                columns: new[] { "MemberId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearEndEntries_MemberId",
                table: "YearEndEntries",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_YearEndEntries_RegisterId_MemberId",
                table: "YearEndEntries",
                columns: new[] { "RegisterId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearEndObjections_MemberId",
                table: "YearEndObjections",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_YearEndObjections_RegisterId_State",
                table: "YearEndObjections",
                columns: new[] { "RegisterId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_YearEndRegisters_BranchId_Year",
                table: "YearEndRegisters",
                columns: new[] { "BranchId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearEndTransitions_RegisterId",
                table: "YearEndTransitions",
                column: "RegisterId");

            migrationBuilder.CreateIndex(
                name: "IX_YearEndVotes_MemberId",
                table: "YearEndVotes",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_YearEndVotes_RegisterId_MemberId",
                table: "YearEndVotes",
                columns: new[] { "RegisterId", "MemberId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HalfYearTalks");

            migrationBuilder.DropTable(
                name: "HandlingSteps");

            migrationBuilder.DropTable(
                name: "YearEndEntries");

            migrationBuilder.DropTable(
                name: "YearEndObjections");

            migrationBuilder.DropTable(
                name: "YearEndTransitions");

            migrationBuilder.DropTable(
                name: "YearEndVotes");

            migrationBuilder.DropTable(
                name: "UnqualifiedHandlings");

            migrationBuilder.DropTable(
                name: "YearEndRegisters");
        }
    }
}
