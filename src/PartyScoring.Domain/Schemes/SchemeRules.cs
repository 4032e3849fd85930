using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Schemes;

/// <summary>The scheme's scalar rules, as one value the office edits on one form.</summary>
public sealed record SchemeRules(
    BaseMode BaseMode,
    decimal BasePoints,
    decimal DutyCap,
    decimal? BonusAnnualCap,
    EvaluationMode EvaluationMode,
    decimal GoodVoteWeight,
    decimal MediumVoteWeight,
    decimal PoorVoteWeight,
    decimal EvaluationShare,
    decimal? ExcellentQuota,
    QuotaTieRule QuotaTieRule,
    int NoticeDays,
    decimal? TalkThreshold,
    YearEndDeadline YearEndDeadline)
{
    public void Validate()
    {
        if (!Enum.IsDefined(BaseMode))
            throw new DomainException("scheme.base.mode", "unknown base mode");
        if (BaseMode == BaseMode.StartFullAndDeduct && (BasePoints <= 0 || BasePoints > 1000 || !Points.HasValidScale(BasePoints)))
            throw new DomainException("scheme.base.points", "base points must be positive");
        if (DutyCap < 0 || DutyCap > 1000 || !Points.HasValidScale(DutyCap))
            throw new DomainException("scheme.duty.cap", "duty cap out of range");
        if (BonusAnnualCap is { } cap && (cap <= 0 || !Points.HasValidScale(cap)))
            throw new DomainException("scheme.bonus.cap", "bonus cap must be positive");
        if (EvaluationShare is < 0 or >= 1)
            throw new DomainException("scheme.evaluation.share", "evaluation share must be in [0, 1)");
        if (EvaluationMode == EvaluationMode.WeightedIntoGrade && EvaluationShare == 0)
            throw new DomainException("scheme.evaluation.share", "a weighted evaluation needs a share");
        if (GoodVoteWeight < MediumVoteWeight || MediumVoteWeight < PoorVoteWeight)
            throw new DomainException("scheme.evaluation.weights", "weights must satisfy 好 ≥ 中 ≥ 差");
        if (ExcellentQuota is { } quota && (quota <= 0 || quota > 1))
            throw new DomainException("scheme.quota", "quota must be a share in (0, 1]");
        if (!Enum.IsDefined(QuotaTieRule))
            throw new DomainException("scheme.quota.tie", "unknown tie rule");
        if (NoticeDays is < 1 or > 30)
            throw new DomainException("scheme.notice.days", "notice window is 1–30 days");
    }
}

/// <summary>
/// When the year-end register is due: seed 000 wants it by 25 December of the year,
/// seed 002 by 10 January of the next.
/// </summary>
public sealed record YearEndDeadline(int Month, int Day, bool InNextYear)
{
    /// <summary>Seed 000's deadline (年底前，12月25日前完成年度考评), the one a year without a scheme is held to.</summary>
    public static readonly YearEndDeadline Seed000 = new(12, 25, false);

    public DateOnly For(int year) => new(InNextYear ? year + 1 : year, Month, Day);
}
