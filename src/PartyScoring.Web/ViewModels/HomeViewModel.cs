namespace PartyScoring.Web.ViewModels;

/// <summary>The home page shows what the signed-in person works on: their township, their branch, or their own points.</summary>
public sealed record HomeViewModel(
    string DisplayName,
    int Year,
    string? OrganisationName,
    IReadOnlyList<BranchSummaryViewModel> Branches,
    BranchYearViewModel? Branch,
    MemberYearViewModel? OwnPoints)
{
    /// <summary>What this person must act on (issue 4 §6), overdue first.</summary>
    public IReadOnlyList<Reminders.Reminder> Reminders { get; init; } = [];
}
