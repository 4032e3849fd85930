namespace PartyScoring.Domain.StarRating;

/// <summary>
/// The arithmetic of seed 001 四: total = (base + min(bonus, 20) − deductions) × w + review × (1 − w),
/// stars by the bands ≥90/80/70/60, and the two five-star bars (base ≥ 80, no deduction).
/// </summary>
public static class StarRules
{
    public const decimal BonusCap = 20m;
    public const decimal DeductionMinimum = 20m;
    public const decimal BasePoints = 100m;
    public const decimal ReviewPoints = 100m;
    public const decimal MinimumBaseWeight = 0.70m;
    public const decimal DefaultBaseWeight = 0.70m;
    public const decimal FiveStarBaseBar = 80m;

    public static decimal CappedBonus(decimal bonus) => Math.Min(bonus, BonusCap);

    /// <summary>Rounded to one decimal half away from zero only at the end, as on paper.</summary>
    public static decimal Total(decimal baseScore, decimal bonus, decimal deductions, decimal review, decimal baseWeight)
    {
        if (baseWeight is < MinimumBaseWeight or > 1m)
            throw new Common.DomainException("rating.weight", "the base side weighs at least 70 %");
        var raw = (baseScore + CappedBonus(bonus) - deductions) * baseWeight + review * (1m - baseWeight);
        return Common.Points.Round(raw);
    }

    /// <summary>Score bands: ≥90 ★5, ≥80 ★4, ≥70 ★3, ≥60 ★2, otherwise ★1.</summary>
    public static int StarsFor(decimal total) => total switch
    {
        >= 90m => 5,
        >= 80m => 4,
        >= 70m => 3,
        >= 60m => 2,
        _ => 1,
    };

    /// <summary>The stars before the quota, with the bar that stopped five stars if one did.</summary>
    public static (int Stars, StarCap Cap) BeforeQuota(decimal total, decimal baseScore, decimal deductions)
    {
        var stars = StarsFor(total);
        if (stars < 5)
            return (stars, StarCap.None);
        if (baseScore < FiveStarBaseBar)
            return (4, StarCap.BaseBelowBar);
        if (deductions > 0)
            return (4, StarCap.Deduction);
        return (5, StarCap.None);
    }

    /// <summary>Branches at two stars or below go on the 软弱涣散 rectification list (seed 001 六.3).</summary>
    public static bool NeedsRectification(int stars) => stars <= 2;
}
