using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.StarRating;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Infrastructure.StarRating;

public sealed record BranchRatingData(Organisation Branch, RatingStandard? Standard, BranchRating? Rating,
    IReadOnlyList<QuarterEvidence> Evidence, Rectification? Rectification);

public sealed record TownshipRatingData(Organisation Township, int Year, RatingStandard? Standard, IReadOnlyList<Organisation> Branches,
    IReadOnlyList<BranchRating> Ratings, SpotCheck? SpotCheck, IReadOnlyList<Rectification> Rectifications)
{
    public int FiveStarPlaces => Standard is null ? 0 : FiveStarQuota.Places(Branches.Count, Standard.FiveStarQuota);
    public BranchRating? RatingOf(int branchId) => Ratings.SingleOrDefault(r => r.BranchId == branchId);
}

/// <summary>
/// Reads star ratings through <see cref="ScopedData"/>: a branch or township outside the user's scope is not found
/// (null), so every page and action built on this answers 404 for it.
/// </summary>
public sealed class StarRatingReader(ScopedData data, IPointsManagementEvidence evidence, TimeProvider clock)
{
    public Task<Organisation?> BranchAsync(int branchId, CancellationToken ct) =>
        data.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch, ct);

    /// <summary>The township asked for, or the first township in scope when none is given.</summary>
    public Task<Organisation?> TownshipAsync(int? townshipId, CancellationToken ct) =>
        data.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Township && (townshipId == null || o.Id == townshipId))
            .OrderBy(o => o.Id).FirstOrDefaultAsync(ct);

    public Task<RatingStandard?> StandardAsync(int townshipId, int year, CancellationToken ct) =>
        data.Db.RatingStandards.Include(s => s.Items).SingleOrDefaultAsync(s => s.TownshipId == townshipId && s.Year == year, ct);

    public async Task<BranchRatingData?> ForBranchAsync(int branchId, int year, CancellationToken ct = default)
    {
        var branch = await BranchAsync(branchId, ct);
        if (branch is null)
            return null;
        var standard = await StandardAsync(SchemeLookup.TownshipIdOf(branch), year, ct);
        var rating = await data.Db.BranchRatings.AsNoTracking().SingleOrDefaultAsync(r => r.BranchId == branchId && r.Year == year, ct);
        var rectification = await data.Db.Rectifications.AsNoTracking().SingleOrDefaultAsync(r => r.BranchId == branchId && r.Year == year, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return new BranchRatingData(branch, standard, rating, await evidence.ForBranchAsync(branchId, year, today, ct), rectification);
    }

    public async Task<TownshipRatingData?> ForTownshipAsync(int? townshipId, int year, CancellationToken ct = default)
    {
        var township = await TownshipAsync(townshipId, ct);
        if (township is null)
            return null;
        var branches = await data.Db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Branch && o.Path.StartsWith(township.Path))
            .OrderBy(o => o.Id).ToListAsync(ct);
        return new TownshipRatingData(township, year,
            await data.Db.RatingStandards.AsNoTracking().Include(s => s.Items).SingleOrDefaultAsync(s => s.TownshipId == township.Id && s.Year == year, ct),
            branches,
            await data.Db.BranchRatings.AsNoTracking().Where(r => r.TownshipId == township.Id && r.Year == year).ToListAsync(ct),
            await data.Db.SpotChecks.AsNoTracking().SingleOrDefaultAsync(s => s.TownshipId == township.Id && s.Year == year, ct),
            await data.Db.Rectifications.AsNoTracking().Where(r => r.TownshipId == township.Id)
                .OrderBy(r => r.ClosedAt != null).ThenByDescending(r => r.Year).ThenBy(r => r.BranchId).ToListAsync(ct));
    }

    /// <summary>Every year's rating of a branch, oldest first, so the page can show up or down.</summary>
    public async Task<(Organisation Branch, IReadOnlyList<BranchRating> Ratings)?> HistoryAsync(int branchId, CancellationToken ct = default)
    {
        var branch = await BranchAsync(branchId, ct);
        if (branch is null)
            return null;
        var ratings = await data.Db.BranchRatings.AsNoTracking().Where(r => r.BranchId == branchId).OrderBy(r => r.Year).ToListAsync(ct);
        return (branch, ratings);
    }
}
