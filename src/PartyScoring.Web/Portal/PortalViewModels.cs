using PartyScoring.Domain.Quarters;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Portal;

/// <summary>An objection as its member follows it: the disputed line, their reason, and the answer (who, when, what).</summary>
public sealed record PortalObjectionViewModel(long Id, int SheetId, int Year, int Quarter, string LineText, decimal LinePoints,
    string Reason, DateTimeOffset RaisedAt, ObjectionState State, string? Decision, string? DecidedBy, DateTimeOffset? DecidedAt);

/// <summary>The member portal (issue 4 §4): one member's own record and nothing about anyone else.</summary>
public sealed record PortalViewModel(
    MemberYearViewModel Year,
    IReadOnlyList<MemberYearSummary> Years,
    IReadOnlyList<DeclarationViewModel> Declarations,
    IReadOnlyList<PortalObjectionViewModel> Objections)
{
    public IEnumerable<IGrouping<int, LedgerLineViewModel>> Quarters => Year.Lines.GroupBy(l => l.Quarter).OrderBy(g => g.Key);
}
