namespace PartyScoring.Domain.StarRating;

/// <summary>A branch that reached five stars before the quota.</summary>
public sealed record QuotaCandidate(int BranchId, decimal Total, decimal BaseScore);

/// <summary>
/// 五星级党支部每年评定数量一般不超过总数的30% (seed 001 四). Places = ⌊quota × branches in the township⌋.
/// Candidates are ranked by total, then by base score. Tie rule: candidates still equal on both at the
/// boundary all miss five stars, because the quota is a maximum and picking one of them would be arbitrary;
/// the township may ask the county to raise the quota instead.
/// </summary>
public static class FiveStarQuota
{
    public const decimal DefaultQuota = 0.30m;

    /// <summary>
    /// A share the county may approve above the default (more five-star places only with a recorded county approval):
    /// above 30 % and at most 100 %.
    /// </summary>
    public static bool IsValidRaisedQuota(decimal quota) => quota > DefaultQuota && quota <= 1m;

    public static int Places(int branchCount, decimal quota) => (int)Math.Floor(branchCount * quota);

    public static IReadOnlySet<int> Within(IEnumerable<QuotaCandidate> candidates, int branchCount, decimal quota)
    {
        var places = Places(branchCount, quota);
        var ranked = candidates.OrderByDescending(c => c.Total).ThenByDescending(c => c.BaseScore).ToList();
        if (ranked.Count <= places)
            return ranked.Select(c => c.BranchId).ToHashSet();
        var kept = new HashSet<int>();
        foreach (var group in ranked.GroupBy(c => (c.Total, c.BaseScore)))
        {
            if (kept.Count + group.Count() > places)
                break;
            foreach (var c in group)
                kept.Add(c.BranchId);
        }
        return kept;
    }
}
