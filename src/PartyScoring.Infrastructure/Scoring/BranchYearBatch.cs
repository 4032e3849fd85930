using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.YearEnd;
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
        // The root is in the user's scope; every branch under it is computed whole (the county-wide batch).
        using var _ = data.SeeEverything(ScopeBypass.BranchYear);
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

        var inSubtree = data.Db.Members.Where(m => data.Db.Organisations.Any(o => o.Id == m.BranchId && o.Path.StartsWith(path)))
            .Where(Member.CountsIn(year));
        // A county has tens of thousands of members: read without EF's per-row cost (LeanQuery).
        var members = await LeanQuery.ReadAsync(
            inSubtree.Select(m => new
            {
                m.BranchId,
                m.Id,
                m.Name,
                m.Status,
                Exempt = m.Exemptions.AsQueryable().Any(Exemption.EffectiveIn(year)),
            }),
            data.Db.Database,
            reader => (BranchId: reader.GetInt32(0),
                Member: new ScoredMember(reader.GetInt32(1), reader.GetString(2), (MembershipStatus)reader.GetInt32(3), reader.GetBoolean(4))),
            ct);
        // The subtree's members as an uncorrelated IN, which the database works out once. With the ledger's totals
        // index (year, state, member, item, …) SQLite then reads each member's lines from the index alone, already
        // in member and item order, so the GROUP BY needs no sort; a join would look up the member for every line.
        var memberIds = inSubtree.Select(m => m.Id);
        var counted = data.Db.LedgerLines.Where(l => memberIds.Contains(l.MemberId)).Counting(year, includeDrafts);
        var totalsAfterCuts = cuts is [>= 4]
            ? [MemberTotals.From(await counted.ReadItemTotalsAsync(data.Db.Database, ct))]
            : await TotalsAfterQuartersAsync(counted, cuts, ct);

        // The democratic-evaluation votes of registers still in Draft count in the year as the year end counts it; a register
        // past Draft is the record and is read as it stands (YearResults), so its votes need not be read here.
        var votesByBranch = (await data.Db.Set<YearEndVote>().AsNoTracking()
                .Join(data.Db.YearEndRegisters.Where(r => r.Year == year && r.State == YearEndState.Draft
                                                          && data.Db.Organisations.Any(o => o.Id == r.BranchId && o.Path.StartsWith(path))),
                    v => v.RegisterId, r => r.Id, (v, r) => new { r.BranchId, Vote = v })
                .ToListAsync(ct))
            .GroupBy(x => x.BranchId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, EvaluationVotes>)g.ToDictionary(x => x.Vote.MemberId, x => x.Vote.ToVotes()));
        var membersByBranch = members.ToLookup(m => m.BranchId, m => m.Member);
        var all = new List<IReadOnlyList<BranchYear>>(cuts.Count);
        for (var cut = 0; cut < cuts.Count; cut++)
        {
            var totals = totalsAfterCuts[cut];
            var fullYear = cuts[cut] >= 4;
            var results = new List<BranchYear>(branches.Count);
            foreach (var branch in branches)
            {
                if (!schemes.TryGetValue(SchemeLookup.TownshipIdOf(branch), out var scheme))
                    continue;
                results.Add(new BranchYear(branch, scheme, year, AnnualComputation.Compute(scheme, membersByBranch[branch.Id], totals,
                    fullYear ? votesByBranch.GetValueOrDefault(branch.Id) : null)));
            }
            all.Add(results);
        }
        return all;
    }

    /// <summary>
    /// The totals as they stood after each cut: read once per member, item and quarter, then added up in memory
    /// for each cut, so the trend of a year costs one query rather than one per quarter.
    /// </summary>
    private static async Task<IReadOnlyList<MemberTotals>> TotalsAfterQuartersAsync(IQueryable<LedgerLine> counted,
        IReadOnlyList<int> cuts, CancellationToken ct)
    {
        var byQuarter = await counted.GroupBy(l => new { l.MemberId, l.SchemeItemId, l.Quarter })
            .Select(g => new
            {
                g.Key.Quarter,
                Total = new ItemTotal(g.Key.MemberId, g.Key.SchemeItemId, g.Sum(l => l.Points),
                    g.Count(l => l.ReversesLineId == null) - g.Count(l => l.ReversesLineId != null)),
            })
            .ToListAsync(ct);
        var all = new List<MemberTotals>(cuts.Count);
        foreach (var cut in cuts)
        {
            var sums = new Dictionary<(int MemberId, int SchemeItemId), ItemTotal>();
            foreach (var row in byQuarter)
            {
                if (row.Quarter > cut)
                    continue;
                var total = row.Total;
                var key = (total.MemberId, total.SchemeItemId);
                sums[key] = sums.TryGetValue(key, out var sum)
                    ? sum with { NetPoints = sum.NetPoints + total.NetPoints, StandingEntries = sum.StandingEntries + total.StandingEntries }
                    : total;
            }
            all.Add(MemberTotals.From(sums.Values));
        }
        return all;
    }
}
