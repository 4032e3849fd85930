using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PartyScoring.Infrastructure.Persistence;

/// <summary>
/// Points ↔ whole tenths. Exact for the one-decimal points the domain allows (Points.HasValidScale), and linear,
/// so a SUM over the stored tenths converts back to the exact sum of the points.
/// </summary>
public static class PointsConversion
{
    public static readonly ValueConverter<decimal, long> ToTenths = new(
        points => (long)(points * 10m),
        tenths => tenths / 10m);
}
