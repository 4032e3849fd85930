using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Scoring;

public static class SchemeLookup
{
    // Read-only copies of schemes for computations, keyed by id and concurrency stamp. Every call asks the
    // database for the newest version's id and stamp, so an edit or a new version is seen at once by every
    // app instance; only the catalogue itself (items, bands, categories) is not reloaded on every page.
    private static readonly ConcurrentDictionary<(int Id, Guid Stamp), ScoringScheme> ReadOnlyCopies = new();
    private const int MaxCopies = 2_000;

    /// <summary>The township an organisation belongs to: the second id on its path (county, township, …).</summary>
    public static int TownshipIdOf(Organisation organisation)
    {
        var ids = organisation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length < 2)
            throw new InvalidOperationException("A county has no township.");
        return int.Parse(ids[1], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The newest version of a township's scheme for a year, with its catalogue and bands, for reading only
    /// (the instance may be shared between requests: load the scheme tracked from the context to edit it).
    /// </summary>
    public static async Task<ScoringScheme?> CurrentAsync(PartyScoringDbContext db, int townshipId, int year, CancellationToken ct = default)
    {
        var newest = await db.Schemes
            .Where(s => s.TownshipId == townshipId && s.Year == year)
            .OrderByDescending(s => s.Version)
            .Select(s => new { s.Id, s.ConcurrencyStamp })
            .FirstOrDefaultAsync(ct);
        if (newest is null)
            return null;
        return await ReadOnlyCopyAsync(db, newest.Id, newest.ConcurrencyStamp, ct)
               ?? await CurrentAsync(db, townshipId, year, ct); // changed between the two reads: ask again
    }

    /// <summary>
    /// One scheme version by id, for reading only: the version a year-end register recorded, so an archived year is shown
    /// with the catalogue and bands it was computed under.
    /// </summary>
    public static async Task<ScoringScheme?> ByIdAsync(PartyScoringDbContext db, int schemeId, CancellationToken ct = default)
    {
        var stamp = await db.Schemes.Where(s => s.Id == schemeId).Select(s => (Guid?)s.ConcurrencyStamp).FirstOrDefaultAsync(ct);
        if (stamp is null)
            return null;
        return await ReadOnlyCopyAsync(db, schemeId, stamp.Value, ct) ?? await ByIdAsync(db, schemeId, ct);
    }

    private static async Task<ScoringScheme?> ReadOnlyCopyAsync(PartyScoringDbContext db, int id, Guid stamp, CancellationToken ct)
    {
        if (ReadOnlyCopies.TryGetValue((id, stamp), out var cached))
            return cached;
        var scheme = await db.Schemes.AsNoTracking().AsSplitQuery()
            .Include(s => s.Items).Include(s => s.Bands).Include(s => s.Categories)
            .SingleOrDefaultAsync(s => s.Id == id && s.ConcurrencyStamp == stamp, ct);
        if (scheme is null)
            return null;
        if (ReadOnlyCopies.Count >= MaxCopies)
            ReadOnlyCopies.Clear();
        ReadOnlyCopies[(scheme.Id, scheme.ConcurrencyStamp)] = scheme;
        return scheme;
    }
}
