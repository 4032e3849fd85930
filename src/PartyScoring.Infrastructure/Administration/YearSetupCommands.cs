using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.StarRating;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Administration;

/// <summary>
/// A township's year: its scoring scheme from one of the four seed presets (SPEC 3: a township copies one and edits it) and
/// its star-rating standard from seed 001. Nothing is replaced: a year that has a scheme keeps it.
/// </summary>
public sealed class YearSetupCommands(PartyScoringDbContext db)
{
    public async Task<ScoringScheme> AdoptSchemeAsync(int townshipId, int year, string presetKey, CancellationToken ct = default)
    {
        if (!SchemePresets.Keys.Contains(presetKey))
            throw new InvalidOperationException("unknown scheme preset " + presetKey);
        if (await db.Schemes.AnyAsync(s => s.TownshipId == townshipId && s.Year == year, ct))
            throw new InvalidOperationException($"township {townshipId} already has a scheme for {year}");
        var scheme = SchemePresets.Create(presetKey, townshipId, year);
        db.Schemes.Add(scheme);
        await db.SaveChangesAsync(ct);
        return scheme;
    }

    public async Task<RatingStandard> AdoptStarStandardAsync(int townshipId, int year, CancellationToken ct = default)
    {
        if (await db.RatingStandards.AnyAsync(s => s.TownshipId == townshipId && s.Year == year, ct))
            throw new InvalidOperationException($"township {townshipId} already has a star standard for {year}");
        var standard = RatingPresets.Seed001(townshipId, year);
        db.RatingStandards.Add(standard);
        await db.SaveChangesAsync(ct);
        return standard;
    }
}
