using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Web.Portal;

/// <summary>One line of a member's year list: total, grade and rank in their branch that year.</summary>
public sealed record MemberYearSummary(int Year, decimal Total, Grade? Grade, int? Rank, int GradedInBranch, bool Archived);

/// <summary>Where a member's years come from: the frozen year-end register for an archived year, else the engine.</summary>
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
/// An archived register is the record (issue 4 §2): nothing changes it, so its entry is read as it stands. Other years
/// come from the engine through <see cref="CachedBranchYears"/>, which recomputes the branch only after a change.
/// </summary>
public sealed class ArchiveOrEngineYearSummaries(ScopedData data, CachedBranchYears branchYears) : IMemberYearSummaries
{
    public async Task<IReadOnlyList<MemberYearSummary>> ForMemberAsync(int memberId, Organisation branch, IReadOnlyCollection<int> years,
        CancellationToken ct = default)
    {
        var entries = data.Db.Set<YearEndEntry>();
        var archived = (await (from e in entries
                               join r in data.Db.YearEndRegisters on e.RegisterId equals r.Id
                               where e.MemberId == memberId && r.State == YearEndState.Archived
                               select new MemberYearSummary(r.Year, e.Total, e.Grade, e.Rank,
                                   entries.Count(x => x.RegisterId == r.Id && x.Section == YearEndSection.Graded), true))
                .ToListAsync(ct))
            .ToDictionary(s => s.Year);
        var list = new List<MemberYearSummary>();
        foreach (var year in years.Concat(archived.Keys).Distinct().OrderDescending())
        {
            if (archived.TryGetValue(year, out var frozen))
            {
                list.Add(frozen);
                continue;
            }
            var computed = await branchYears.ForBranchAsync(branch, year, ct);
            if (computed?.Everyone.SingleOrDefault(r => r.Member.Id == memberId) is not { } found)
                continue;
            list.Add(new MemberYearSummary(year, found.Points.Total, found.Grade, found.Rank, computed.Result.Graded.Count, Archived: false));
        }
        return list;
    }
}
