namespace PartyScoring.Web.ViewModels;

/// <summary>
/// A quarter sheet (with a quarter) or a year-end register (without) that nobody has started for a branch: the page
/// that offers to start the draft by POST, since opening it with a GET writes nothing (issue 20 §5).
/// </summary>
public sealed record DraftStartViewModel(int BranchId, int Year, int? Quarter);
