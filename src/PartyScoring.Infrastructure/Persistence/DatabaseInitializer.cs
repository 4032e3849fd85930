using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Infrastructure.Persistence;

/// <summary>Applies the provider's migrations, makes sure the roles exist, and seeds the demo township when asked.</summary>
public sealed class DatabaseInitializer(
    PartyScoringDbContext db,
    RoleManager<IdentityRole> roles,
    DemoSeeder demo,
    Scoping.DataScope scope,
    ILogger<DatabaseInitializer> logger)
{
    /// <returns>True when the demo township was created by this call.</returns>
    public async Task<bool> InitializeAsync(bool seedDemo, CancellationToken ct = default)
    {
        // Start-up: nobody is signed in, and the demo seeder reads and writes the whole demo township.
        using var _ = scope.SeeEverything(Scoping.ScopeBypass.Startup);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            await UseWriteAheadLogAsync(ct);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
        if (!seedDemo)
            return false;
        var logins = await demo.SeedIfEmptyAsync(ct);
        if (logins is not null)
            logger.LogInformation("Demo township created with {Count} demo logins", logins.Count);
        return logins is not null;
    }

    /// <summary>
    /// SQLite's write-ahead log: readers no longer wait for a committing writer nor a writer for readers, so saves
    /// arriving together queue only behind each other's short write instead of behind every request reading the file
    /// (in the default rollback journal, 200 parallel entries on one branch waited up to the 30 s busy timeout, past
    /// which SQLite answers "database is locked"). A crash is still all-or-nothing: the log is replayed or ignored on
    /// the next open. The mode is kept in the file, so this is a no-op after the first start.
    /// </summary>
    private async Task UseWriteAheadLogAsync(CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL";
            var mode = (string?)await command.ExecuteScalarAsync(ct);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                logger.LogWarning("SQLite kept journal mode {Mode}; concurrent saves will wait longer for each other", mode);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
