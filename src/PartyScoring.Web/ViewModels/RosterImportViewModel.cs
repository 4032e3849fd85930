namespace PartyScoring.Web.ViewModels;

public sealed record RosterErrorRow(int? Row, string Column, string Reason);

public sealed record RosterAddedRow(string Name, string Branch);

public sealed record RosterImportViewModel(IReadOnlyList<RosterErrorRow> Errors, IReadOnlyList<RosterAddedRow> Added);
