namespace PartyScoring.Web.ViewModels;

public sealed record ExportsPageViewModel(int BranchId, string BranchName, int Year, int Quarter, bool PdfAvailable);

public sealed record TownshipExportsViewModel(string Organisation, int Year, bool PdfAvailable);
