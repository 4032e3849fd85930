namespace PartyScoring.Infrastructure.Identity;

/// <summary>The Identity role names of SPEC 1. Use these constants, never string literals.</summary>
public static class Roles
{
    /// <summary>乡镇党委党建办</summary>
    public const string TownshipOffice = nameof(TownshipOffice);
    /// <summary>支部书记</summary>
    public const string BranchSecretary = nameof(BranchSecretary);
    /// <summary>村文书 / 支部委员</summary>
    public const string BranchClerk = nameof(BranchClerk);
    /// <summary>评议小组</summary>
    public const string EvaluationGroup = nameof(EvaluationGroup);
    /// <summary>县委组织部</summary>
    public const string CountyReviewer = nameof(CountyReviewer);
    /// <summary>党员</summary>
    public const string Member = nameof(Member);

    public static IReadOnlyList<string> All { get; } =
        [TownshipOffice, BranchSecretary, BranchClerk, EvaluationGroup, CountyReviewer, Member];

    /// <summary>Roles that work on a whole branch's data (as opposed to a member's own).</summary>
    public static IReadOnlyList<string> BranchStaff { get; } = [BranchSecretary, BranchClerk, EvaluationGroup];
}
