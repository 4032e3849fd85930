using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Scoring;

public static class SchemeLookup
{
    /// <summary>The township an organisation belongs to: the second id on its path (county, township, …).</summary>
    public static int TownshipIdOf(Organisation organisation)
    {
        var ids = organisation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length < 2)
            throw new InvalidOperationException("A county has no township.");
        return int.Parse(ids[1], CultureInfo.InvariantCulture);
    }

    /// <summary>The newest version of a township's scheme for a year, with its catalogue and bands.</summary>
    public static Task<ScoringScheme?> CurrentAsync(PartyScoringDbContext db, int townshipId, int year, CancellationToken ct = default) =>
        db.Schemes.AsNoTracking()
            .Include(s => s.Items).Include(s => s.Bands).Include(s => s.Categories)
            .Where(s => s.TownshipId == townshipId && s.Year == year)
            .OrderByDescending(s => s.Version)
            .FirstOrDefaultAsync(ct);
}
