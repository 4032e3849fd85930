namespace PartyScoring.Domain.StarRating;

/// <summary>
/// 县委组织部 checks at least 15 % of the three-star and of the four-star branches (seed 001 六.2), rounded up.
/// The draw uses its own generator (SplitMix64) over ids in ascending order, so anyone with the seed and the
/// list gets the same branches on any machine and any .NET version.
/// </summary>
public static class SpotCheckDraw
{
    public const decimal Share = 0.15m;

    public static int SampleSize(int count) => count == 0 ? 0 : (int)Math.Ceiling(count * Share);

    public static IReadOnlyList<int> Draw(long seed, IEnumerable<int> ids)
    {
        var pool = ids.Distinct().Order().ToList();
        var take = SampleSize(pool.Count);
        var state = unchecked((ulong)seed);
        // Partial Fisher–Yates: the first `take` positions are the sample.
        for (var i = 0; i < take; i++)
        {
            var j = i + (int)(Next(ref state) % (ulong)(pool.Count - i));
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        return pool.Take(take).Order().ToList();
    }

    private static ulong Next(ref ulong state)
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
