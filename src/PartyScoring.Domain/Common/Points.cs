namespace PartyScoring.Domain.Common;

/// <summary>
/// Points are decimals with at most one decimal place (SPEC 3: "0.5 steps occur").
/// All arithmetic stays in <see cref="decimal"/>; rounding only happens where a rule divides.
/// </summary>
public static class Points
{
    public const int Scale = 1;

    public static bool HasValidScale(decimal value) => decimal.Round(value, Scale) == value;

    /// <summary>Rounds half away from zero, the way clerks round on paper.</summary>
    public static decimal Round(decimal value) => decimal.Round(value, Scale, MidpointRounding.AwayFromZero);
}
