using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartyScoring.Domain.Ledger;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Testing;

namespace PartyScoring.Web.Tests.Durability;

/// <summary>One ledger line as the durability tests compare it.</summary>
public sealed record LineRow(long Id, int MemberId, int ItemId, decimal Points, LedgerLineState State, string Description)
{
    /// <summary>What a line is apart from its id: new lines get ids nobody can predict.</summary>
    public string Content => string.Create(CultureInfo.InvariantCulture, $"{MemberId}-{ItemId}:{Math.Abs(Points):0.#}");
}

/// <summary>A branch quarter's lines and the audit lines about them, read straight from the database (not through the app).</summary>
public sealed record SheetState(IReadOnlyList<LineRow> Lines, int LineAudits, int SheetAudits)
{
    public static async Task<SheetState> ReadAsync(TestDatabase database, int sheetId)
    {
        await using var db = Open(database);
        var sheet = await db.QuarterSheets.AsNoTracking().SingleAsync(s => s.Id == sheetId);
        var lines = await db.LedgerLines.AsNoTracking()
            .Where(l => l.BranchId == sheet.BranchId && l.Year == sheet.Year && l.Quarter == sheet.Quarter)
            .OrderBy(l => l.Id)
            .Select(l => new LineRow(l.Id, l.MemberId, l.SchemeItemId, l.Points, l.State, l.Description))
            .ToListAsync();
        var key = sheetId.ToString(CultureInfo.InvariantCulture);
        return new SheetState(lines,
            await db.AuditEntries.CountAsync(a => a.Entity == nameof(LedgerLine)),
            await db.AuditEntries.CountAsync(a => a.Entity == "QuarterSheet" && a.EntityKey == key));
    }

    public static PartyScoringDbContext Open(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<PartyScoringDbContext>();
        options.UseProvider(database.Provider, database.ConnectionString);
        return new PartyScoringDbContext(options.Options);
    }

    /// <summary>SQLite's own check of the file after a crash; PostgreSQL has nothing like it (its WAL replay is the server's job).</summary>
    public static async Task<string> IntegrityAsync(TestDatabase database)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
            return "ok";
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// After a SIGKILL the PostgreSQL server may still be working on the dead client's session: a COMMIT that was
    /// already in the socket would still commit. Only when every session of the database has ended is the outcome final.
    /// </summary>
    public static async Task WaitForOtherSessionsToEndAsync(TestDatabase database)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
            return;
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        for (var waited = 0; waited < 300; waited++)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
            if ((long)(await command.ExecuteScalarAsync())! == 0)
                return;
            await Task.Delay(100);
        }
        throw new TimeoutException("The killed app's PostgreSQL sessions did not end within 30 s.");
    }
}
