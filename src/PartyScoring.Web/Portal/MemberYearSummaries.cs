using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Web.Portal;

/// <summary>One line of a member's year list: total, grade and rank in their branch that year.</summary>
public sealed record MemberYearSummary(int Year, decimal Total, Grade? Grade, int? Rank, int GradedInBranch, bool Archived);

/// <summary>
/// Where a member's past years come from. Today: the domain engine on the confirmed lines. Once year-end registers are
/// archived (issue 4 §2) an implementation reading the frozen register replaces this one for the years it holds.
/// </summary>
public interface IMemberYearSummaries
{
    /// <summary>Every year the member has lines in, plus <paramref name="currentYear"/>, newest first; empty when out of scope.</summary>
    Task<IReadOnlyList<MemberYearSummary>> ForMemberAsync(int memberId, int currentYear, CancellationToken ct = default);
}

public sealed class EngineMemberYearSummaries(ScopedData data, YearPointsService points) : IMemberYearSummaries
{
    public async Task<IReadOnlyList<MemberYearSummary>> ForMemberAsync(int memberId, int currentYear, CancellationToken ct = default)
    {
        var years = await data.LedgerLines.Where(l => l.MemberId == memberId).Select(l => l.Year).Distinct().ToListAsync(ct);
        var list = new List<MemberYearSummary>();
        foreach (var year in years.Append(currentYear).Distinct().OrderDescending())
        {
            if (await points.ForMemberAsync(memberId, year, ct) is not { } found)
                continue;
            list.Add(new MemberYearSummary(year, found.Member.Points.Total, found.Member.Grade, found.Member.Rank,
                found.Branch.Result.Graded.Count, Archived: false));
        }
        return list;
    }
}
