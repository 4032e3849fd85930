using PartyScoring.Domain.Members;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Web.Dashboards;

/// <summary>One branch on the dashboard: graded members per grade, the average total, and the average after each quarter.</summary>
public sealed record BranchDashboardRow(int BranchId, string Name, int Graded, IReadOnlyDictionary<Grade, int> Grades, decimal TotalPoints, decimal? Average,
    IReadOnlyList<decimal?> AverageAfterQuarter);

/// <summary>Graded members of one category (机关/社区/学校/两新/农村) across the scope.</summary>
public sealed record CategoryRow(MemberCategory Category, int Graded, decimal TotalPoints, decimal? Average, int Excellent, int Unqualified);

public sealed record DashboardViewModel(
    string ScopeName,
    int Year,
    int QuartersShown,
    IReadOnlyList<Grade> GradesUsed,
    IReadOnlyList<BranchDashboardRow> Branches,
    IReadOnlyList<CategoryRow> Categories)
{
    public int GradedTotal => Branches.Sum(b => b.Graded);
}
