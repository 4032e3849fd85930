namespace PartyScoring.Domain.StarRating;

/// <summary>The six base areas of seed 001 三(1–6).</summary>
public enum RatingArea
{
    /// <summary>班子建设</summary>
    Leadership = 1,
    /// <summary>工作运行</summary>
    Operation = 2,
    /// <summary>党员管理</summary>
    MemberManagement = 3,
    /// <summary>组织生活</summary>
    OrganisationalLife = 4,
    /// <summary>基础保障</summary>
    Support = 5,
    /// <summary>作用发挥</summary>
    Role = 6,
}

/// <summary>基础项 / 加分项 / 减分项 (seed 001 四).</summary>
public enum RatingItemKind
{
    Base = 1,
    Bonus = 2,
    Deduction = 3,
}

/// <summary>Where a branch's rating stands in the seed 001 五 procedure; the name says who acts next.</summary>
public enum RatingStage
{
    /// <summary>党支部自评: the secretary scores each sub-item.</summary>
    SelfEvaluation = 1,
    /// <summary>镇党委考评: the office reviews the self-evaluation and scores the review item.</summary>
    TownshipEvaluation = 2,
    /// <summary>Evaluated; waiting for the township's public notice.</summary>
    Evaluated = 3,
    /// <summary>Fixed at four stars or below by the public notice; waiting for naming.</summary>
    Fixed = 4,
    /// <summary>Five-star candidate after the notice; waiting to be recommended to the county.</summary>
    FiveStarCandidate = 5,
    /// <summary>Recommended; waiting for 县级复核.</summary>
    AwaitingCounty = 6,
    /// <summary>Reviewed by the county; waiting for naming.</summary>
    CountyReviewed = 7,
    /// <summary>统一命名 and filed with the county.</summary>
    Named = 8,
}

/// <summary>Which rule decided the stars, shown next to them (issue 6: "why a branch got the stars it got").</summary>
public enum StarCap
{
    /// <summary>The score band alone.</summary>
    None = 0,
    /// <summary>Base score below 80: five stars not allowed.</summary>
    BaseBelowBar = 1,
    /// <summary>A deduction item occurred: five stars not allowed.</summary>
    Deduction = 2,
    /// <summary>Outside the township's five-star quota.</summary>
    Quota = 3,
    /// <summary>Lowered by the county review.</summary>
    CountyLowered = 4,
}
