namespace PartyScoring.Domain.YearEnd;

/// <summary>
/// 半年一谈话 (seed 000): after the second quarter the secretary talks with the members whose points are low.
/// The scheme says "low" either as a threshold (below it) or as the lowest N; members tied with the N-th
/// are all listed, so nobody is left out by the order of a sort.
/// </summary>
public static class TalkCandidates
{
    public static IReadOnlyList<int> Select(IEnumerable<(int MemberId, decimal Total)> halfYear, decimal? threshold, int? lowestN)
    {
        var ordered = halfYear.OrderBy(m => m.Total).ThenBy(m => m.MemberId).ToList();
        if (threshold is { } line)
            return ordered.Where(m => m.Total < line).Select(m => m.MemberId).ToList();
        if (lowestN is not { } n || n <= 0 || ordered.Count == 0)
            return [];
        if (n >= ordered.Count)
            return ordered.Select(m => m.MemberId).ToList();
        var cut = ordered[n - 1].Total;
        return ordered.Where(m => m.Total <= cut).Select(m => m.MemberId).ToList();
    }
}
