using PartyScoring.Domain.StarRating;

namespace PartyScoring.Web.ViewModels;

/// <summary>One item's row on the rating form: the standard's line, the saved scores and what the user typed.</summary>
public sealed class RatingItemRow
{
    public required int ItemId { get; init; }
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required RatingItemKind Kind { get; init; }
    public required RatingArea? Area { get; init; }
    public required decimal MaxPoints { get; init; }
    public decimal? SelfPoints { get; init; }
    public string? SelfNote { get; init; }
    public string? Evidence { get; init; }
    public decimal? Points { get; init; }
    public string? ChangeReason { get; init; }
    public string? InputPoints { get; set; }
    public string? InputText { get; set; }
    public string? InputEvidence { get; set; }
    public string? Error { get; set; }
}

public sealed record RatingStepRow(RatingStage Stage, string Actor, DateTimeOffset At, string? Note);

public sealed class BranchRatingViewModel
{
    public required int BranchId { get; init; }
    public required string BranchName { get; init; }
    public required int Year { get; init; }
    public string? StandardName { get; init; }
    public decimal BaseWeight { get; init; }
    public RatingStage? Stage { get; init; }
    public bool CanSelfEvaluate { get; init; }
    public bool CanEvaluate { get; init; }
    public required IReadOnlyList<RatingItemRow> Items { get; init; }
    public decimal? Review { get; init; }
    public string? InputReview { get; set; }
    public string? ReviewError { get; set; }
    public string? InputNote { get; set; }
    public string? FormError { get; set; }
    public decimal BaseScore { get; init; }
    public decimal Bonus { get; init; }
    public decimal Deductions { get; init; }
    public decimal Total { get; init; }
    public int Stars { get; init; }
    public string? Explanation { get; init; }
    /// <summary>Per past quarter: whether the branch's points management was done (from the ledger).</summary>
    public required IReadOnlyList<(int Quarter, bool Done)> PointsEvidence { get; init; }
    public required IReadOnlyList<RatingStepRow> Steps { get; init; }
    public bool OnRectificationList { get; init; }

    public IEnumerable<IGrouping<RatingArea, RatingItemRow>> Areas =>
        Items.Where(i => i.Kind == RatingItemKind.Base).GroupBy(i => i.Area!.Value);
    public IEnumerable<RatingItemRow> OfKind(RatingItemKind kind) => Items.Where(i => i.Kind == kind);
}

public sealed record TownshipBranchRow(int BranchId, string BranchName, RatingStage? Stage, decimal? Total, int? Stars,
    string? Explanation, string WaitingOn);

public sealed class TownshipRatingViewModel
{
    public required int TownshipId { get; init; }
    public required string TownshipName { get; init; }
    public required int Year { get; init; }
    public required bool HasStandard { get; init; }
    public decimal FiveStarQuota { get; init; }
    public string? QuotaApproval { get; init; }
    public int FiveStarPlaces { get; init; }
    public int FiveStarsUsed { get; init; }
    public required IReadOnlyList<TownshipBranchRow> Branches { get; init; }
    /// <summary>Branches per star count, 5 down to 1.</summary>
    public required IReadOnlyList<(int Stars, int Count)> Distribution { get; init; }
    public bool CanPublishNotice { get; init; }
    public bool CanRecommend { get; init; }
    public bool CanName { get; init; }
    public string? FormError { get; set; }
}

public sealed record SpotCheckRow(int BranchId, string BranchName, int Stars, bool? Upheld, string? Finding, string? CheckedBy);

public sealed class SpotCheckViewModel
{
    public required int TownshipId { get; init; }
    public required string TownshipName { get; init; }
    public required int Year { get; init; }
    public long? Seed { get; init; }
    public string? DrawnBy { get; init; }
    public DateTimeOffset? DrawnAt { get; init; }
    public int ThreeStarCount { get; init; }
    public int FourStarCount { get; init; }
    public bool CanDraw { get; init; }
    public required IReadOnlyList<SpotCheckRow> Entries { get; init; }
    public string? InputSeed { get; set; }
    public string? FormError { get; set; }
}

public sealed record CountyReviewRow(int BranchId, string BranchName, decimal Total, decimal BaseScore, int Stars, RatingStage Stage, string? CountyReason);

public sealed class CountyReviewViewModel
{
    public required int TownshipId { get; init; }
    public required string TownshipName { get; init; }
    public required int Year { get; init; }
    public required IReadOnlyList<CountyReviewRow> Recommended { get; init; }
    public decimal FiveStarQuota { get; init; }
    public string? QuotaApproval { get; init; }
    public string? FormError { get; set; }
    /// <summary>What was typed into the quota form, shown again when it is refused.</summary>
    public string? InputPercent { get; set; }
    public string? InputApprovedOn { get; set; }
    public string? InputDocument { get; set; }
    /// <summary>The branch whose review was refused, and the reason typed for it.</summary>
    public int? ReviewBranchId { get; set; }
    public string? InputReason { get; set; }
}

public sealed record RectificationProgressRow(string Note, string Actor, DateTimeOffset At);

public sealed record RectificationRow(int Id, int BranchId, string BranchName, int Year, int Stars, string? Measures,
    string? ResponsiblePerson, DateOnly? Deadline, bool Closed, DateTimeOffset? ClosedAt, IReadOnlyList<RectificationProgressRow> Progress);

public sealed class RectificationListViewModel
{
    public required string TownshipName { get; init; }
    public required IReadOnlyList<RectificationRow> Items { get; init; }
    public bool CanEdit { get; init; }
    public int? ErrorId { get; set; }
    public string? FormError { get; set; }
}

public sealed record HistoryRow(int Year, decimal Total, int Stars, RatingStage Stage, int? Change);

public sealed record BranchHistoryViewModel(int BranchId, string BranchName, IReadOnlyList<HistoryRow> Years);
