namespace PartyScoring.Domain.Schemes;

public enum SchemeState
{
    /// <summary>Being set up at the start of the year (年初设定积分项目).</summary>
    Draft = 1,
    /// <summary>Announced to members; still editable until a quarter is approved.</summary>
    Announced = 2,
    /// <summary>A quarter was approved with this version: it can only change through a new version.</summary>
    Frozen = 3,
}
