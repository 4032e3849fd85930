using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.StarRating;
using PartyScoring.Infrastructure.Auditing;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Infrastructure.StarRating;

/// <summary>
/// The steps of the rating procedure. Each returns false when the branch or township is outside the user's scope
/// (the caller answers 404); a broken rule throws <see cref="Domain.Common.DomainException"/> and nothing is saved.
/// </summary>
public sealed class StarRatingService(ScopedData data, StarRatingReader reader, ICurrentActor actor, TimeProvider clock)
{
    private DateTimeOffset Now => clock.GetUtcNow();

    public async Task<bool> SelfEvaluateAsync(int branchId, int year, IReadOnlyDictionary<int, ScoreInput> inputs, CancellationToken ct = default)
    {
        var branch = await reader.BranchAsync(branchId, ct);
        if (branch is null)
            return false;
        var standard = await RequireStandardAsync(SchemeLookup.TownshipIdOf(branch), year, ct);
        var rating = await data.Db.BranchRatings.SingleOrDefaultAsync(r => r.BranchId == branchId && r.Year == year, ct);
        if (rating is null)
        {
            rating = new BranchRating(standard, branchId);
            data.Db.BranchRatings.Add(rating);
        }
        rating.SelfEvaluate(standard, inputs, actor.Name, Now);
        await RatingSave.SaveAsync(data.Db, ct);
        return true;
    }

    public async Task<bool> EvaluateAsync(int branchId, int year, IReadOnlyDictionary<int, ScoreInput> inputs, decimal review,
        string? note, CancellationToken ct = default)
    {
        var branch = await reader.BranchAsync(branchId, ct);
        if (branch is null)
            return false;
        var standard = await RequireStandardAsync(SchemeLookup.TownshipIdOf(branch), year, ct);
        var rating = await data.Db.BranchRatings.SingleOrDefaultAsync(r => r.BranchId == branchId && r.Year == year, ct)
                     ?? throw new Domain.Common.DomainException("rating.stage", "no self-evaluation yet");
        rating.EvaluateByTownship(standard, inputs, review, actor.Name, Now, note);
        await RatingSave.SaveAsync(data.Db, ct);
        return true;
    }

    /// <summary>The public notice fixes four stars and below; branches at two stars or below go on the rectification list.</summary>
    public Task<bool> PublishNoticeAsync(int townshipId, int year, CancellationToken ct = default) =>
        OnTownshipAsync(townshipId, year, ct, (standard, ratings, branchCount) =>
        {
            TownshipRound.PublishNotice(standard, ratings, branchCount, actor.Name, Now);
            foreach (var rating in ratings.Where(r => StarRules.NeedsRectification(r.Stars)))
                data.Db.Rectifications.Add(new Rectification(rating));
        });

    public Task<bool> RecommendAsync(int townshipId, int year, CancellationToken ct = default) =>
        OnTownshipAsync(townshipId, year, ct, (_, ratings, _) => TownshipRound.RecommendFiveStars(ratings, actor.Name, Now));

    public Task<bool> NameAsync(int townshipId, int year, string? filingNote, CancellationToken ct = default) =>
        OnTownshipAsync(townshipId, year, ct, (_, ratings, _) => TownshipRound.Name(ratings, actor.Name, Now, filingNote));

    public async Task<bool> ReviewByCountyAsync(int branchId, int year, int stars, string? reason, CancellationToken ct = default)
    {
        if (await reader.BranchAsync(branchId, ct) is null)
            return false;
        var rating = await data.Db.BranchRatings.SingleOrDefaultAsync(r => r.BranchId == branchId && r.Year == year, ct);
        if (rating is null)
            return false;
        rating.ReviewByCounty(stars, reason, actor.Name, Now);
        if (StarRules.NeedsRectification(rating.Stars))
            data.Db.Rectifications.Add(new Rectification(rating));
        await RatingSave.SaveAsync(data.Db, ct);
        return true;
    }

    public async Task<bool> RaiseQuotaAsync(int townshipId, int year, decimal quota, DateOnly approvedOn, string document, CancellationToken ct = default)
    {
        if (await reader.TownshipAsync(townshipId, ct) is null)
            return false;
        var standard = await RequireStandardAsync(townshipId, year, ct);
        if (await data.Db.BranchRatings.AnyAsync(r => r.TownshipId == townshipId && r.Year == year && r.Stage >= RatingStage.Fixed, ct))
            throw new Domain.Common.DomainException("rating.quota.late", "the notice has applied the quota already");
        standard.RaiseFiveStarQuota(quota, actor.Name, approvedOn, document);
        await RatingSave.SaveAsync(data.Db, ct);
        return true;
    }

    private async Task<bool> OnTownshipAsync(int townshipId, int year, CancellationToken ct,
        Action<RatingStandard, List<BranchRating>, int> step)
    {
        var township = await reader.TownshipAsync(townshipId, ct);
        if (township is null)
            return false;
        var standard = await RequireStandardAsync(townshipId, year, ct);
        var branchCount = await data.Db.Organisations.CountAsync(o => o.Kind == OrganisationKind.Branch && o.Path.StartsWith(township.Path), ct);
        var ratings = await data.Db.BranchRatings.Where(r => r.TownshipId == townshipId && r.Year == year).ToListAsync(ct);
        step(standard, ratings, branchCount);
        await RatingSave.SaveAsync(data.Db, ct);
        return true;
    }

    private async Task<RatingStandard> RequireStandardAsync(int townshipId, int year, CancellationToken ct) =>
        await reader.StandardAsync(townshipId, year, ct)
        ?? throw new Domain.Common.DomainException("rating.standard.missing", "the township has no rating standard for the year");
}
