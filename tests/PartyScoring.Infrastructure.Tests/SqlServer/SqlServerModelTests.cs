using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartyScoring.Infrastructure.Tests.SqlServer;

/// <summary>
/// Two SQL Server limits the other providers do not have, checked on the model the migrations come from: a script
/// that broke them would be generated without complaint and fail only on a live server.
/// </summary>
public sealed class SqlServerModelTests
{
    [Fact]
    public void NoTableIsReachedByTwoCascadePathsOrACycle()
    {
        // SQL Server refuses a foreign key "may cause cycles or multiple cascade paths" (error 1785).
        var cascades = SqlServerSchema.Model.Tables.SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction == ReferentialAction.Cascade)
            .ToLookup(fk => fk.PrincipalTable.Name, fk => fk.Table.Name);
        cascades.Should().NotBeEmpty("owned rows (ledger of a sheet, steps of a rating) are deleted with their owner");

        foreach (var start in cascades.Select(g => g.Key))
        {
            var reached = new Dictionary<string, int>();
            void Walk(string table, ImmutableStack<string> path)
            {
                foreach (var next in cascades[table])
                {
                    path.Contains(next).Should().BeFalse($"cascade cycle through {next}");
                    reached[next] = reached.GetValueOrDefault(next) + 1;
                    Walk(next, path.Push(next));
                }
            }
            Walk(start, ImmutableStack.Create(start));
            reached.Where(r => r.Value > 1).Should().BeEmpty($"deleting a row of {start} reaches each table by one path only");
        }
    }

    [Fact]
    public void EveryIndexKeyIsBoundedAndOursFitSqlServersKeySize()
    {
        var keys = SqlServerSchema.Model.Tables.SelectMany(t =>
            t.Indexes.Select(i => (i.Name, Table: t.Name, i.Columns, Clustered: false))
                .Concat(t.UniqueConstraints.Select(u => (u.Name, Table: t.Name, u.Columns, Clustered: u.GetIsPrimaryKey()))));
        foreach (var (name, table, columns, clustered) in keys)
        {
            var what = $"{name} on {table} ({string.Join(", ", columns.Select(c => c.StoreType))})";
            // an (n)varchar(max) column in a key is refused outright (error 1919)
            columns.Should().NotContain(c => c.StoreType.EndsWith("(max)", StringComparison.Ordinal), what);
            // A wider key is created with a warning and refuses long values at insert time. Identity's own login key
            // (two nvarchar(450)) is ASP.NET Core's schema, whose provider names and keys are short; ours must fit.
            if (!table.StartsWith("AspNet", StringComparison.Ordinal))
                columns.Sum(c => KeyBytes(c.StoreType)).Should().BeLessThanOrEqualTo(clustered ? 900 : 1700, what);
        }
    }

    private static int KeyBytes(string storeType) => Regex.Match(storeType, @"^(n?)(var)?char\((\d+|max)\)$") is { Success: true } text
        ? text.Groups[3].Value == "max" ? 0 : int.Parse(text.Groups[3].Value) * (text.Groups[1].Value == "n" ? 2 : 1)
        : storeType switch
        {
            "int" => 4,
            "bigint" => 8,
            "bit" => 1,
            "uniqueidentifier" => 16,
            "datetimeoffset" => 10,
            "datetime2" => 8,
            "date" => 3,
            _ when storeType.StartsWith("decimal", StringComparison.Ordinal) => 9,
            _ => throw new InvalidOperationException($"no key size known for {storeType}: add it here"),
        };
}
