using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace PartyScoring.Infrastructure.Tests.SqlServer;

/// <summary>
/// Issue 19 §1: the SQL Server migrations, checked through their idempotent script for what differs by provider.
/// No server runs here; these are the checks that hold without one.
/// </summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void EveryMigrationRunsOnlyOnceWhateverTheDatabaseAlreadyHas()
    {
        SqlServerSchema.Migrations.Should().NotBeEmpty();
        foreach (var migration in SqlServerSchema.Migrations)
        {
            SqlServerSchema.Script.Should().Contain($"WHERE [MigrationId] = N'{migration}'", "each step is guarded by the history table");
            SqlServerSchema.Script.Should().Contain($"VALUES (N'{migration}', N'", "each migration records itself");
        }
        var guards = Regex.Matches(SqlServerSchema.Script, @"IF NOT EXISTS \(\s*SELECT \* FROM \[__EFMigrationsHistory\]").Count;
        var statements = Regex.Matches(SqlServerSchema.Script, @"^BEGIN$", RegexOptions.Multiline).Count;
        guards.Should().Be(statements - 1, "every block but the history table's own creation is guarded");
    }

    [Fact]
    public void EveryTableOfTheModelIsCreatedOnceIncludingIdentitys()
    {
        var tables = SqlServerSchema.Model.Tables.Select(t => t.Name).ToList();
        tables.Should().Contain(["AspNetUsers", "AspNetRoles", "AspNetUserRoles", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserTokens", "AspNetRoleClaims"]);
        foreach (var table in tables)
            Regex.Matches(SqlServerSchema.Script, Regex.Escape($"CREATE TABLE [{table}] (")).Count.Should().Be(1, table);
        // Identity's keys are strings; SQL Server indexes at most 900 bytes per clustered key, hence nvarchar(450).
        SqlServerSchema.CreateTable("AspNetUsers").Should().Contain("[Id] nvarchar(450) NOT NULL");
        SqlServerSchema.CreateTable("AspNetUserTokens").Should().Contain("[LoginProvider] nvarchar(450) NOT NULL")
            .And.Contain("CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name])");
    }

    [Fact]
    public void ConcurrencyTokensAreGuidsTheAppSetsNotRowVersions()
    {
        // The app renews each stamp itself on every change, so the same code detects conflicts on all three providers.
        var tokens = SqlServerSchema.Model.Tables
            .SelectMany(t => t.Columns.Where(c => c.PropertyMappings.Any(m => m.Property.IsConcurrencyToken) && !t.Name.StartsWith("AspNet", StringComparison.Ordinal)))
            .ToList();
        tokens.Should().HaveCountGreaterThanOrEqualTo(12);
        foreach (var column in tokens)
            SqlServerSchema.CreateTable(column.Table.Name).Should().Contain($"[{column.Name}] uniqueidentifier NOT NULL", column.Table.Name);
        SqlServerSchema.Script.Should().NotContain("rowversion");
    }

    [Fact]
    public void TheCoveringLedgerIndexHoldsEveryColumnTheYearTotalsRead()
    {
        SqlServerSchema.Script.Should().Contain("CREATE INDEX [IX_LedgerLines_YearTotals] ON [LedgerLines] "
            + "([Year], [State], [MemberId], [SchemeItemId], [Quarter], [Kind], [Points], [ReversesLineId]);");
    }

    [Fact]
    public void UniqueIndexesOnNullableColumnsSkipNulls()
    {
        // SQL Server lets a unique index hold one NULL only: unfiltered, a second line that reverses nothing would fail.
        var nullableUnique = SqlServerSchema.Model.Tables.SelectMany(t => t.Indexes)
            .Where(i => i.IsUnique && i.Columns.Any(c => c.IsNullable)).ToList();
        nullableUnique.Select(i => i.Name).Should().Contain(["IX_LedgerLines_ReversesLineId", "UserNameIndex", "RoleNameIndex"]);
        foreach (var index in nullableUnique)
        {
            var filter = string.Join(" AND ", index.Columns.Where(c => c.IsNullable).Select(c => $"[{c.Name}] IS NOT NULL"));
            SqlServerSchema.Script.Should().Contain($"CREATE UNIQUE INDEX [{index.Name}] ON [{index.Table.Name}] (")
                .And.MatchRegex($@"\[{Regex.Escape(index.Name)}\][^\n]* WHERE {Regex.Escape(filter)}'\);");
        }
    }

    [Fact]
    public void LedgerPointsAreWholeTenthsAndOtherFiguresHaveTheirOwnPrecision()
    {
        SqlServerSchema.CreateTable("LedgerLines").Should().Contain("[Points] bigint NOT NULL");
        var decimals = SqlServerSchema.Model.Tables.SelectMany(t => t.Columns).Where(c => c.StoreType.StartsWith("decimal", StringComparison.Ordinal)).ToList();
        decimals.Should().NotBeEmpty();
        foreach (var column in decimals)
        {
            // SQL Server's default for an unconfigured decimal would be (18,2): each is given its own, in the mapping
            var property = column.PropertyMappings.First().Property;
            property.GetPrecision().Should().NotBeNull($"{column.Table.Name}.{column.Name} has a configured precision");
            SqlServerSchema.CreateTable(column.Table.Name).Should().Contain($"[{column.Name}] decimal({property.GetPrecision()},{property.GetScale()})");
        }
        SqlServerSchema.Script.Should().NotContain("decimal(18,2)");
        SqlServerSchema.Script.Should().NotContain("float").And.NotContain("real ");
    }
}
