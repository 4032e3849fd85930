using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.StarRating;

/// <summary>
/// The steps the township takes for all its branches at once (seed 001 五.2/4): the public notice that fixes
/// four stars and below and applies the five-star quota, the recommendation to the county, and naming.
/// </summary>
public static class TownshipRound
{
    /// <summary>Every branch of the township must be evaluated: the quota is a share of all of them.</summary>
    public static void PublishNotice(RatingStandard standard, IReadOnlyCollection<BranchRating> ratings, int branchCount,
        string actor, DateTimeOffset at)
    {
        if (ratings.Count != branchCount || ratings.Any(r => r.Stage != RatingStage.Evaluated))
            throw new DomainException("rating.notice.incomplete", "every branch must be evaluated before the notice");
        var candidates = ratings.Where(r => r.Stars == 5).Select(r => new QuotaCandidate(r.BranchId, r.Total, r.BaseScore));
        var within = FiveStarQuota.Within(candidates, branchCount, standard.FiveStarQuota);
        foreach (var rating in ratings)
            rating.FixByNotice(within.Contains(rating.BranchId), actor, at);
    }

    public static void RecommendFiveStars(IEnumerable<BranchRating> ratings, string actor, DateTimeOffset at)
    {
        var candidates = ratings.Where(r => r.Stage == RatingStage.FiveStarCandidate).ToList();
        if (candidates.Count == 0)
            throw new DomainException("rating.recommend.none", "no five-star candidates to recommend");
        foreach (var rating in candidates)
            rating.Recommend(actor, at);
    }

    /// <summary>统一命名 and 报县委组织部备案: only once the county has reviewed every recommendation.</summary>
    public static void Name(IReadOnlyCollection<BranchRating> ratings, string actor, DateTimeOffset at, string? filingNote)
    {
        if (ratings.Count == 0 || ratings.Any(r => r.Stage is not (RatingStage.Fixed or RatingStage.CountyReviewed)))
            throw new DomainException("rating.naming.incomplete", "naming waits for the notice and the county review");
        foreach (var rating in ratings)
            rating.Name(actor, at, filingNote);
    }
}
