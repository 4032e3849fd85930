using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Infrastructure.Scoring;

/// <summary>
/// The year of every branch under an organisation (a township, a county) in three queries — schemes, members,
/// item totals — instead of three per branch. Used by the office's overview and by year-end registers.
/// </summary>
public sealed class BranchYearBatch(ScopedData data)
{
    public async Task<IReadOnlyList<BranchYear>> ComputeUnderAsync(int organisationId, int year, bool includeDrafts = false,
        CancellationToken ct = default) => (await ComputeAsync(organisationId, year, includeDrafts, [4], ct))[0];

    /// <summary>
    /// The year as it stood after each of <paramref name="lastQuarters"/> (confirmed lines of Q1..that quarter), in the same
    /// handful of queries: the item totals are read once per member, item and quarter and cut in memory.
    /// </summary>
    public Task<IReadOnlyList<IReadOnlyList<BranchYear>>> ComputeAfterQuartersAsync(int organisationId, int year,
        IReadOnlyList<int> lastQuarters, CancellationToken ct = default) => ComputeAsync(organisationId, year, false, lastQuarters, ct);

    private async Task<IReadOnlyList<IReadOnlyList<BranchYear>>> ComputeAsync(int organisationId, int year, bool includeDrafts,
        IReadOnlyList<int> cuts, CancellationToken ct)
    {
        IReadOnlyList<IReadOnlyList<BranchYear>> none = cuts.Select(_ => (IReadOnlyList<BranchYear>)[]).ToList();
        var root = await data.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (root is null)
            return none;
        var path = root.Path;
        var branches = await data.Db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Branch && o.Path.StartsWith(path))
            .OrderBy(o => o.Id)
            .ToListAsync(ct);
        if (branches.Count == 0)
            return none;

        var townships = branches.Select(SchemeLookup.TownshipIdOf).Distinct().ToList();
        var schemes = new Dictionary<int, ScoringScheme>();
        foreach (var township in townships)
        {
            if (await SchemeLookup.CurrentAsync(data.Db, township, year, ct) is { } scheme)
                schemes[township] = scheme;
        }

        var yearStart = new DateOnly(year, 1, 1);
        var inSubtree = data.Db.Members.Where(m => data.Db.Organisations.Any(o => o.Id == m.BranchId && o.Path.StartsWith(path))
                                                   && (m.LeftOn == null || m.LeftOn >= yearStart));
        var members = await inSubtree
            .Select(m => new
            {
                m.BranchId,
                Member = new ScoredMember(m.Id, m.Name, m.Status,
                    m.Exemptions.Any(e => e.Year == year && e.State == ExemptionState.Filed)),
            })
            .ToListAsync(ct);
        // A join, not a correlated EXISTS: SQLite would otherwise probe the subtree once per line.
        var counted = (from l in data.Db.LedgerLines join m in inSubtree on l.MemberId equals m.Id select l).Counting(year, includeDrafts);
        var byQuarter = cuts.Count == 1 && cuts[0] >= 4
            ? (await counted.ItemTotals().ToListAsync(ct)).Select(t => (Quarter: 1, Total: t)).ToList()
            : (await counted.GroupBy(l => new { l.MemberId, l.SchemeItemId, l.Quarter })
                .Select(g => new
                {
                    g.Key.Quarter,
                    Total = new ItemTotal(g.Key.MemberId, g.Key.SchemeItemId, g.Sum(l => l.Points),
                        g.Count(l => l.ReversesLineId == null) - g.Count(l => l.ReversesLineId != null)),
                })
                .ToListAsync(ct)).Select(x => (x.Quarter, x.Total)).ToList();

        var membersByBranch = members.ToLookup(m => m.BranchId, m => m.Member);
        var all = new List<IReadOnlyList<BranchYear>>(cuts.Count);
        foreach (var cut in cuts)
        {
            var totalsByMember = byQuarter.Where(x => x.Quarter <= cut)
                .GroupBy(x => (x.Total.MemberId, x.Total.SchemeItemId))
                .Select(g => new ItemTotal(g.Key.MemberId, g.Key.SchemeItemId, g.Sum(x => x.Total.NetPoints), g.Sum(x => x.Total.StandingEntries)))
                .ToLookup(t => t.MemberId);
            var results = new List<BranchYear>(branches.Count);
            foreach (var branch in branches)
            {
                if (!schemes.TryGetValue(SchemeLookup.TownshipIdOf(branch), out var scheme))
                    continue;
                var branchMembers = membersByBranch[branch.Id].ToList();
                var branchTotals = branchMembers.SelectMany(m => totalsByMember[m.Id]);
                results.Add(new BranchYear(branch, scheme, year, AnnualComputation.Compute(scheme, branchMembers, branchTotals)));
            }
            all.Add(results);
        }
        return all;
    }
}
