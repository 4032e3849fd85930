using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Web.Portal;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Queries;

/// <summary>A member's year: the one year result (<see cref="YearResults"/>) plus every line behind it, read through the user's scope.</summary>
public sealed class MemberYearQuery(ScopedData data, YearResults results, PersonalDataAccess access)
{
    public async Task<MemberYearViewModel?> RunAsync(int memberId, int year, CancellationToken ct = default)
    {
        var computed = await results.ForMemberAsync(memberId, year, ct);
        if (computed is not { } found)
            return null;
        var member = await data.Members.AsNoTracking().SingleAsync(m => m.Id == memberId, ct);

        var lines = await data.LedgerLines.AsNoTracking()
            .Where(l => l.MemberId == memberId && l.Year == year && l.State != LedgerLineState.Refused)
            .Join(data.Db.SchemeItems, l => l.SchemeItemId, i => i.Id, (l, i) => new LedgerLineViewModel(
                l.Id, l.Quarter, i.Code, i.Name, l.Kind, l.Points, l.Description, l.State, l.Source, l.ReversesLineId != null))
            .ToListAsync(ct);
        var years = await data.LedgerLines.Where(l => l.MemberId == memberId).Select(l => l.Year).Distinct().ToListAsync(ct);

        return new MemberYearViewModel(
            member.Id, member.Name, found.Branch.Year.Branch.Name, member.Status, member.Category, access.Phone(member),
            member.IsMobile, year, found.Branch.Year.Scheme.Name, found.Branch.Year.Scheme.Version, found.Branch.Year.Result.Graded.Count,
            MemberRowViewModel.From(found.Member),
            lines.OrderBy(l => l.Quarter).ThenBy(l => l.Id).ToList(),
            years.Append(year).Distinct().OrderDescending().ToList(),
            access.SeesInFull(member),
            access.IsOwn(member.Id));
    }
}
