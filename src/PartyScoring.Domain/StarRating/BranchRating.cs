using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.StarRating;

/// <summary>
/// One branch's 评星定级 for one year, through the seed 001 五 procedure. Scores and every step are kept;
/// the township-wide steps (public notice, recommendation, naming) are in <see cref="TownshipRound"/>.
/// </summary>
public class BranchRating
{
    public const int ReasonMaxLength = 500;

    private readonly List<RatingScore> _scores = [];
    private readonly List<RatingStep> _steps = [];

    private BranchRating() { }

    public BranchRating(RatingStandard standard, int branchId)
    {
        StandardId = standard.Id;
        TownshipId = standard.TownshipId;
        Year = standard.Year;
        BranchId = branchId;
        Stage = RatingStage.SelfEvaluation;
    }

    public int Id { get; private set; }
    public int StandardId { get; private set; }
    public int TownshipId { get; private set; }
    public int BranchId { get; private set; }
    public int Year { get; private set; }
    public RatingStage Stage { get; private set; }
    public decimal? ReviewScore { get; private set; }
    public decimal BaseScore { get; private set; }
    public decimal Bonus { get; private set; }
    public decimal Deductions { get; private set; }
    public decimal Total { get; private set; }
    /// <summary>The stars of the score band alone.</summary>
    public int BandStars { get; private set; }
    /// <summary>The stars the branch holds now (after the bars, the quota and the county).</summary>
    public int Stars { get; private set; }
    public StarCap Cap { get; private set; }
    public string? CountyReason { get; private set; }
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();
    public IReadOnlyList<RatingScore> Scores => _scores;
    public IReadOnlyList<RatingStep> Steps => _steps;

    public bool IsEvaluated => Stage >= RatingStage.Evaluated;

    /// <summary>党支部自评: every item scored, a note for every base sub-item.</summary>
    public void SelfEvaluate(RatingStandard standard, IReadOnlyDictionary<int, ScoreInput> inputs, string actor, DateTimeOffset at)
    {
        Require(RatingStage.SelfEvaluation);
        CheckStandard(standard);
        _scores.Clear();
        foreach (var item in standard.Items)
        {
            var input = inputs.GetValueOrDefault(item.Id) ?? new ScoreInput(0, null);
            if (RatingScore.Validate(item, input.Points) is { } error)
                throw new DomainException(error, $"{input.Points} is not allowed for {item.Code}");
            if (item.Kind == RatingItemKind.Base && string.IsNullOrWhiteSpace(input.Text))
                throw new DomainException("rating.score.note", $"{item.Code} needs a note");
            _scores.Add(new RatingScore(item.Id, input.Points, input.Text, input.Evidence));
        }
        Recompute(standard);
        Advance(RatingStage.TownshipEvaluation, actor, at, null);
    }

    /// <summary>镇党委考评: any score may change, with a reason; the review item (评议项, out of 100) is scored here.</summary>
    public void EvaluateByTownship(RatingStandard standard, IReadOnlyDictionary<int, ScoreInput> inputs, decimal review,
        string actor, DateTimeOffset at, string? note = null)
    {
        Require(RatingStage.TownshipEvaluation);
        CheckStandard(standard);
        if (review is < 0 or > StarRules.ReviewPoints || !Common.Points.HasValidScale(review))
            throw new DomainException("rating.review.range", "the review score is 0–100");
        foreach (var item in standard.Items)
        {
            var score = _scores.Single(s => s.ItemId == item.Id);
            var input = inputs.GetValueOrDefault(item.Id) ?? new ScoreInput(score.SelfPoints, null);
            if (RatingScore.Validate(item, input.Points) is { } error)
                throw new DomainException(error, $"{input.Points} is not allowed for {item.Code}");
            score.ChangeByTownship(input.Points, input.Text);
        }
        ReviewScore = review;
        Recompute(standard);
        Advance(RatingStage.Evaluated, actor, at, note);
    }

    internal void FixByNotice(bool withinQuota, string actor, DateTimeOffset at)
    {
        Require(RatingStage.Evaluated);
        if (Stars == 5 && !withinQuota)
        {
            Stars = 4;
            Cap = StarCap.Quota;
        }
        Advance(Stars == 5 ? RatingStage.FiveStarCandidate : RatingStage.Fixed, actor, at, null);
    }

    internal void Recommend(string actor, DateTimeOffset at)
    {
        Require(RatingStage.FiveStarCandidate);
        Advance(RatingStage.AwaitingCounty, actor, at, null);
    }

    /// <summary>县级复核: confirm five stars, or lower them with a reason.</summary>
    public void ReviewByCounty(int stars, string? reason, string actor, DateTimeOffset at)
    {
        Require(RatingStage.AwaitingCounty);
        if (stars is < 1 or > 5)
            throw new DomainException("rating.county.stars", "stars are 1–5");
        if (stars < 5)
        {
            CountyReason = Guard.Text(reason, ReasonMaxLength, "rating.county.reason");
            Stars = stars;
            Cap = StarCap.CountyLowered;
        }
        Advance(RatingStage.CountyReviewed, actor, at, stars < 5 ? CountyReason : null);
    }

    internal void Name(string actor, DateTimeOffset at, string? note)
    {
        if (Stage is not (RatingStage.Fixed or RatingStage.CountyReviewed))
            throw new DomainException("rating.stage", $"cannot name a rating at {Stage}");
        Advance(RatingStage.Named, actor, at, note);
    }

    private void Recompute(RatingStandard standard)
    {
        decimal Sum(RatingItemKind kind) =>
            _scores.Where(s => standard.Items.Single(i => i.Id == s.ItemId).Kind == kind).Sum(s => s.Points);
        BaseScore = Sum(RatingItemKind.Base);
        Bonus = Sum(RatingItemKind.Bonus);
        Deductions = Sum(RatingItemKind.Deduction);
        Total = StarRules.Total(BaseScore, Bonus, Deductions, ReviewScore ?? 0, standard.BaseWeight);
        BandStars = StarRules.StarsFor(Total);
        (Stars, Cap) = StarRules.BeforeQuota(Total, BaseScore, Deductions);
    }

    private void CheckStandard(RatingStandard standard)
    {
        if (standard.Id != StandardId)
            throw new InvalidOperationException("The rating belongs to another standard.");
    }

    private void Require(RatingStage stage)
    {
        if (Stage != stage)
            throw new DomainException("rating.stage", $"the rating is at {Stage}, not {stage}");
    }

    private void Advance(RatingStage stage, string actor, DateTimeOffset at, string? note)
    {
        _steps.Add(new RatingStep(stage, actor, at, note));
        Stage = stage;
        ConcurrencyStamp = Guid.NewGuid();
    }
}
