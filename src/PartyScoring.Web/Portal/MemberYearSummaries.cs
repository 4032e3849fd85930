using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Web.Portal;

/// <summary>One line of a member's year list: total, grade and rank in their branch that year.</summary>
public sealed record MemberYearSummary(int Year, decimal Total, Grade? Grade, int? Rank, int GradedInBranch, bool Archived);

/// <summary>Where a member's years come from: the one year result, per year.</summary>
public interface IMemberYearSummaries
{
    /// <summary>
    /// <paramref name="years"/> (the years the member has lines in, and the current one) plus any archived year, newest
    /// first. The member is already known to be in scope and scored by <paramref name="branch"/>.
    /// </summary>
    Task<IReadOnlyList<MemberYearSummary>> ForMemberAsync(int memberId, Organisation branch, IReadOnlyCollection<int> years,
        CancellationToken ct = default);
}

/// <summary>
/// A register that holds the record (notice opened, approved, archived) is read as it stands, from whichever branch recorded
/// the member that year — a member who moved keeps that year's record; the other years come from <see cref="YearResults"/>
/// for the branch that scores the member now.
/// </summary>
public sealed class RecordOrEngineYearSummaries(ScopedData data, YearResults results) : IMemberYearSummaries
{
    public async Task<IReadOnlyList<MemberYearSummary>> ForMemberAsync(int memberId, Organisation branch, IReadOnlyCollection<int> years,
        CancellationToken ct = default)
    {
        var entries = data.Db.Set<YearEndEntry>();
        var recorded = (await (from e in entries
                               join r in data.Db.YearEndRegisters.Where(YearEndRegister.HoldsRecord) on e.RegisterId equals r.Id
                               where e.MemberId == memberId
                               select new MemberYearSummary(r.Year, e.Total, e.Grade, e.Rank,
                                   entries.Count(x => x.RegisterId == r.Id && x.Section == YearEndSection.Graded),
                                   r.State == YearEndState.Archived))
                .ToListAsync(ct))
            .ToDictionary(s => s.Year);
        var list = new List<MemberYearSummary>();
        foreach (var year in years.Concat(recorded.Keys).Distinct().OrderDescending())
        {
            if (recorded.TryGetValue(year, out var frozen))
            {
                list.Add(frozen);
                continue;
            }
            var computed = await results.ForAsync(branch, year, ct);
            if (computed?.Of(memberId) is not { } found)
                continue;
            list.Add(new MemberYearSummary(year, found.Points.Total, found.Grade, found.Rank, computed.Year.Result.Graded.Count,
                computed.Source == ResultSource.Archive));
        }
        return list;
    }
}
