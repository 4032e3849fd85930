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
    public Task<IReadOnlyList<BranchYear>> ComputeUnderAsync(int organisationId, int year, bool includeDrafts = false,
        CancellationToken ct = default) => ComputeAsync(organisationId, year, includeDrafts, 4, ct);

    /// <summary>The year as it stood after quarter <paramref name="lastQuarter"/>: confirmed lines of Q1..that quarter only.</summary>
    public Task<IReadOnlyList<BranchYear>> ComputeUpToQuarterAsync(int organisationId, int year, int lastQuarter,
        CancellationToken ct = default) => ComputeAsync(organisationId, year, false, lastQuarter, ct);

    private async Task<IReadOnlyList<BranchYear>> ComputeAsync(int organisationId, int year, bool includeDrafts, int lastQuarter,
        CancellationToken ct)
    {
        var root = await data.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (root is null)
            return [];
        var path = root.Path;
        var branches = await data.Db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Branch && o.Path.StartsWith(path))
            .OrderBy(o => o.Id)
            .ToListAsync(ct);
        if (branches.Count == 0)
            return [];

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
        var totals = await (from l in data.Db.LedgerLines join m in inSubtree on l.MemberId equals m.Id select l)
            .Counting(year, includeDrafts)
            .Where(l => l.Quarter <= lastQuarter)
            .ItemTotals()
            .ToListAsync(ct);

        var membersByBranch = members.ToLookup(m => m.BranchId, m => m.Member);
        var totalsByMember = totals.ToLookup(t => t.MemberId);
        var results = new List<BranchYear>(branches.Count);
        foreach (var branch in branches)
        {
            if (!schemes.TryGetValue(SchemeLookup.TownshipIdOf(branch), out var scheme))
                continue;
            var branchMembers = membersByBranch[branch.Id].ToList();
            var branchTotals = branchMembers.SelectMany(m => totalsByMember[m.Id]);
            results.Add(new BranchYear(branch, scheme, year, AnnualComputation.Compute(scheme, branchMembers, branchTotals)));
        }
        return results;
    }
}
