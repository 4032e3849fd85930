using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Scoring;

/// <summary>
/// The one place a branch's year is computed from the ledger: the members' per-item totals of the year, summed in SQL,
/// through the domain engine. Callers decide who the members are and whether drafts and votes count.
/// </summary>
internal static class BranchYearComputation
{
    public static async Task<BranchYear> RunAsync(PartyScoringDbContext db, Organisation branch, ScoringScheme scheme, int year,
        IReadOnlyCollection<ScoredMember> members, bool includeDrafts, IReadOnlyDictionary<int, EvaluationVotes>? votes,
        int throughQuarter, CancellationToken ct)
    {
        var ids = members.Select(m => m.Id).ToList();
        // A member who moved in mid-year keeps the lines their earlier branch scored (SPEC 2).
        var totals = await db.LedgerLines
            .Where(l => ids.Contains(l.MemberId) && l.Quarter <= throughQuarter)
            .Counting(year, includeDrafts)
            .ItemTotals()
            .ToListAsync(ct);
        return new BranchYear(branch, scheme, year, AnnualComputation.Compute(scheme, members, totals, votes));
    }
}
