namespace PartyScoring.Web.ViewModels;

/// <summary>A quarter nobody has started for a branch: the page that offers to start its draft sheet.</summary>
public sealed record SheetStartViewModel(int BranchId, int Year, int Quarter);
