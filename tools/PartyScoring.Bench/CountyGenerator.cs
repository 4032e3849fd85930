using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Bench;

/// <summary>
/// A synthetic but realistic county: townships of 100 branches (5,000 members), 50 members a branch
/// (the first two branches 200 and 100), each township on the
/// seed-000 scheme, and a year of ledger lines (duty every quarter, the usual bonuses and deductions) —
/// about 20 lines a member. Organisations, schemes and members go through EF Core like the app writes them;
/// the million ledger lines are bulk-inserted (prepared INSERTs on SQLite, binary COPY on PostgreSQL).
/// </summary>
public sealed class CountyGenerator(PartyScoringDbContext db, DatabaseProvider provider)
{
    public const int MembersPerBranch = 50;
    public const int BranchesPerTownship = 100;
    /// <summary>The first branch has 200 members (the branch PDF measurement), the second 100 (the grid save).</summary>
    public static readonly int[] LargeBranches = [200, 100];

    /// <summary>Which branch the i-th generated member belongs to.</summary>
    public static int BranchIndex(int member) =>
        member < LargeBranches[0] ? 0
        : member < LargeBranches[0] + LargeBranches[1] ? 1
        : 2 + (member - LargeBranches.Sum()) / MembersPerBranch;

    public async Task<int> GenerateAsync(int memberCount, int year)
    {
        var county = Organisation.CreateCounty("基准县委");
        await SaveWithPathsAsync([county]);
        var branchCount = BranchIndex(memberCount - 1) + 1;
        var townships = Enumerable.Range(1, (branchCount + BranchesPerTownship - 1) / BranchesPerTownship)
            .Select(t => county.AddChild($"第{t}乡党委", OrganisationKind.Township)).ToList();
        await SaveWithPathsAsync(townships);
        var fields = Enum.GetValues<BranchField>();
        var branches = Enumerable.Range(0, branchCount)
            .Select(b => townships[b / BranchesPerTownship].AddChild($"第{b + 1}党支部", OrganisationKind.Branch, fields[b % fields.Length]))
            .ToList();
        await SaveWithPathsAsync(branches);

        var schemes = new Dictionary<int, ScoringScheme>();
        foreach (var township in townships)
        {
            var scheme = SchemePresets.Create(SchemePresets.Township000, township.Id, year);
            scheme.Freeze(DateTimeOffset.UtcNow);
            db.Schemes.Add(scheme);
            schemes[township.Id] = scheme;
            // Next year's scheme, still a draft, so a quarter grid with no lines yet can be saved.
            db.Schemes.Add(SchemePresets.Create(SchemePresets.Township000, township.Id, year + 1));
        }
        await db.SaveChangesAsync();

        var townshipOf = branches.ToDictionary(b => b.Id, b => b.ParentId!.Value);
        var random = new Random(42);
        var memberIds = new List<(int Id, int BranchId, int TownshipId)>(memberCount);
        for (var start = 0; start < memberCount; start += 5_000)
        {
            var chunk = Enumerable.Range(start, Math.Min(5_000, memberCount - start)).Select(i =>
            {
                var branch = branches[BranchIndex(i)];
                var status = i % 17 == 3 ? MembershipStatus.Probationary : MembershipStatus.Full;
                return new Member($"党员{i:D6}", i % 3 == 0 ? Gender.Female : Gender.Male, new DateOnly(1950 + i % 50, 1 + i % 12, 1 + i % 28),
                    branch.Id, status, (MemberCategory)(1 + i % 5), new DateOnly(2000 + i % 20, 7, 1), new DateOnly(year, 1, 1));
            }).ToList();
            db.Members.AddRange(chunk);
            await db.SaveChangesAsync();
            memberIds.AddRange(chunk.Select(m => (m.Id, m.BranchId, townshipOf[m.BranchId])));
            db.ChangeTracker.Clear();
        }

        var lines = LedgerRows(memberIds, schemes, year, random);
        var written = provider == DatabaseProvider.Sqlite ? await InsertSqliteAsync(lines) : await CopyPostgresAsync(lines);
        return written;
    }

    private async Task SaveWithPathsAsync(IReadOnlyList<Organisation> organisations)
    {
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync();
        foreach (var o in organisations)
            o.AssignPath();
        await db.SaveChangesAsync();
    }

    private static IEnumerable<object[]> LedgerRows(List<(int Id, int BranchId, int TownshipId)> members,
        Dictionary<int, ScoringScheme> schemes, int year, Random random)
    {
        var at = new DateTimeOffset(year, 12, 20, 0, 0, 0, TimeSpan.Zero);
        foreach (var (id, branchId, townshipId) in members)
        {
            var items = schemes[townshipId].Items.ToDictionary(i => i.Code);
            object[] Row(string code, decimal amount, int quarter) =>
                [id, branchId, year, quarter, items[code].Id, (int)items[code].Kind, (long)(items[code].SignedPoints(amount) * 10), // stored as tenths (PointsConversion)
                 "基准数据", (int)LedgerSource.ClerkEntry, (int)LedgerLineState.Confirmed, "bench", at];
            for (var q = 1; q <= 4; q++)
            {
                yield return Row("D01", 2.5m, q);
                yield return Row("D02", 2.5m, q);
                yield return Row("K01", 0.5m + random.Next(0, 4), q);
                if (random.NextDouble() < 0.5) yield return Row("B01", 2, q);
                if (random.NextDouble() < 0.3) yield return Row("B04", 2, q);
                if (random.NextDouble() < 0.2) yield return Row("K02", 1 + random.Next(0, 5), q);
            }
        }
    }

    private const string Columns = "\"MemberId\", \"BranchId\", \"Year\", \"Quarter\", \"SchemeItemId\", \"Kind\", \"Points\", \"Description\", \"Source\", \"State\", \"EnteredBy\", \"EnteredAt\"";

    private async Task<int> InsertSqliteAsync(IEnumerable<object[]> rows)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO \"LedgerLines\" ({Columns}) VALUES ({string.Join(", ", Enumerable.Range(0, 12).Select(i => "$p" + i))})";
        var parameters = Enumerable.Range(0, 12).Select(i => insert.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        insert.Prepare();
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
                parameters[i].Value = row[i];
            await insert.ExecuteNonQueryAsync();
            count++;
        }
        await transaction.CommitAsync();
        return count;
    }

    private async Task<int> CopyPostgresAsync(IEnumerable<object[]> rows)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        var types = new[]
        {
            NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer, NpgsqlDbType.Integer,
            NpgsqlDbType.Integer, NpgsqlDbType.Bigint, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Integer,
            NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz,
        };
        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"LedgerLines\" ({Columns}) FROM STDIN (FORMAT BINARY)");
        // The server indexes a million rows as the COPY completes; on a busy machine that outlasts the 30 s default.
        writer.Timeout = TimeSpan.FromMinutes(30);
        var count = 0;
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            for (var i = 0; i < row.Length; i++)
                await writer.WriteAsync(row[i], types[i]);
            count++;
        }
        await writer.CompleteAsync();
        return count;
    }
}
