namespace PartyScoring.Domain.Schemes;

/// <summary>How base points (基础分) arise.</summary>
public enum BaseMode
{
    /// <summary>Seed 000: every member starts with the full base and loses points through deductions.</summary>
    StartFullAndDeduct = 1,
    /// <summary>Seed 004: base points are earned per category (思想政治表现 30, 组织纪律性 20, …), each capped.</summary>
    EarnedByCategory = 2,
}
