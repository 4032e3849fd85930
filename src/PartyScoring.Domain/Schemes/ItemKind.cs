namespace PartyScoring.Domain.Schemes;

public enum ItemKind
{
    /// <summary>A sub-item of a base category (earned-by-category schemes only).</summary>
    Base = 1,
    /// <summary>履职分 — defined by each branch within the township's duty cap.</summary>
    Duty = 2,
    /// <summary>加分</summary>
    Bonus = 3,
    /// <summary>扣分 — entered as a positive amount, counted against the total.</summary>
    Deduction = 4,
    /// <summary>一票否决 — carries no points; any confirmed line forces 不合格 (seed 002).</summary>
    Veto = 5,
}
