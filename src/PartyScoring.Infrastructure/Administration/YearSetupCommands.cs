using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.StarRating;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Quarters;

namespace PartyScoring.Infrastructure.Administration;

/// <summary>
/// A township's year: its scoring scheme from one of the four seed presets (SPEC 3: a township copies one and edits it) and
/// its star-rating standard from seed 001. Nothing is replaced: a year that has a scheme keeps it.
/// </summary>
public sealed class YearSetupCommands(PartyScoringDbContext db)
{
    /// <summary>The source that copies the township's previous year's scheme instead of a preset.</summary>
    public const string PreviousYear = "previous";

    /// <summary>
    /// The year's scheme as the office prepares it (issue 13 §4, §6): from a seed preset or a copy of last year's newest
    /// version. Refused, with nothing written, for a year out of range or one that has a scheme already.
    /// </summary>
    public async Task<ServiceResult> PrepareSchemeAsync(int townshipId, int year, string? source, CancellationToken ct = default)
    {
        if (!ReportingYear.IsValid(year))
            return ServiceResult.Invalid("year", "yearEnd.year");
        if (await db.Schemes.AnyAsync(s => s.TownshipId == townshipId && s.Year == year, ct))
            return ServiceResult.Invalid("year", "scheme.year.exists");
        ScoringScheme scheme;
        if (source == PreviousYear)
        {
            var last = await db.Schemes.AsSplitQuery().Include(s => s.Items).Include(s => s.Bands).Include(s => s.Categories)
                .Where(s => s.TownshipId == townshipId && s.Year == year - 1)
                .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
            if (last is null)
                return ServiceResult.Invalid("source", "scheme.copy.none");
            scheme = last.CopyFor(year);
        }
        else if (source is not null && SchemePresets.Keys.Contains(source))
            scheme = SchemePresets.Create(source, townshipId, year);
        else
            return ServiceResult.Invalid("source", "scheme.source.unknown");
        db.Schemes.Add(scheme);
        await db.SaveChangesAsync(ct);
        return ServiceResult.Ok;
    }

    /// <summary>The year's star-rating standard from the seed-001 preset; refused for a year that has one.</summary>
    public async Task<ServiceResult> PrepareStarStandardAsync(int townshipId, int year, CancellationToken ct = default)
    {
        if (!ReportingYear.IsValid(year))
            return ServiceResult.Invalid("year", "yearEnd.year");
        if (await db.RatingStandards.AnyAsync(s => s.TownshipId == townshipId && s.Year == year, ct))
            return ServiceResult.Invalid("year", "rating.standard.exists");
        await AdoptStarStandardAsync(townshipId, year, ct);
        return ServiceResult.Ok;
    }

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
