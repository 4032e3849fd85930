namespace PartyScoring.Domain.Scoring;

/// <summary>
/// A member's points for a period, by component: 年度积分 = 基础分 + 履职分 + 加分 − 扣分 (seed 000),
/// plus the evaluation score where the scheme adds it. <see cref="Deductions"/> is a positive amount.
/// </summary>
public sealed record MemberPoints(
    int MemberId,
    decimal Base,
    decimal Duty,
    decimal Bonus,
    decimal Deductions,
    decimal? EvaluationScore,
    decimal Total,
    decimal GradeScore,
    bool Vetoed,
    IReadOnlyList<ComputationNote> Notes);
