namespace PartyScoring.Domain.Schemes;

/// <summary>Grade names used across the seeds. A scheme's bands use 3 or 4 of them.</summary>
public enum Grade
{
    /// <summary>优秀</summary>
    Excellent = 1,
    /// <summary>良好 (seeds 002, 004)</summary>
    Good = 2,
    /// <summary>合格</summary>
    Qualified = 3,
    /// <summary>基本合格 (seed 003)</summary>
    BasicallyQualified = 4,
    /// <summary>不合格</summary>
    Unqualified = 5,
}
