using PartyScoring.Domain.Schemes;

namespace PartyScoring.Domain.YearEnd;

/// <summary>Seed 004 四.2: members 不合格 two years running are flagged for the branch to act on.</summary>
public static class ConsecutiveUnqualified
{
    public static bool IsFlagged(IReadOnlyDictionary<int, Grade?> gradesByYear, int year) =>
        gradesByYear.TryGetValue(year, out var now) && now == Grade.Unqualified
        && gradesByYear.TryGetValue(year - 1, out var before) && before == Grade.Unqualified;
}
