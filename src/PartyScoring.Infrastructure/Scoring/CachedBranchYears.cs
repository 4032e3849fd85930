using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Persistence;

using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Infrastructure.Scoring;

/// <summary>
/// A branch's year as the year end counts it — confirmed lines of the whole year and the register's democratic-evaluation
/// votes — served from <see cref="BranchYearCache"/> when a fingerprint read now (three small queries) still matches,
/// else computed by the domain engine and stored. Pages that show one member's rank (the portal) read it on every
/// request; the grouped sums and the computation run only after a change. The caller has already checked scope:
/// this reads the branch it is given.
/// </summary>
public sealed class CachedBranchYears(PartyScoringDbContext db, BranchYearCache cache, DataScope scope)
{
    // Within one request a year is read once, however many parts of the page ask for it.
    private readonly Dictionary<(int BranchId, int Year), BranchYear?> _thisRequest = [];

    public async Task<BranchYear?> ForBranchAsync(Organisation branch, int year, CancellationToken ct = default)
    {
        if (_thisRequest.TryGetValue((branch.Id, year), out var known))
            return known;
        var computed = await ReadAsync(branch, year, ct);
        _thisRequest[(branch.Id, year)] = computed;
        return computed;
    }

    private async Task<BranchYear?> ReadAsync(Organisation branch, int year, CancellationToken ct)
    {
        // The caller found the branch in the user's scope; its year (and the cache entry every user shares) needs every
        // member of it, also when a member asks for their own rank.
        using var _ = scope.SeeEverything(ScopeBypass.BranchYear);
        // Everything the fingerprint covers is read before the data it stands for, so an entry is never stored
        // with a fingerprint newer than its figures: a change in between only costs one more computation.
        var scheme = await SchemeLookup.CurrentAsync(db, SchemeLookup.TownshipIdOf(branch), year, ct);
        if (scheme is null)
            return null;
        var register = await db.YearEndRegisters.AsNoTracking()
            .Where(r => r.BranchId == branch.Id && r.Year == year)
            .Select(r => new { r.Id, r.ConcurrencyStamp })
            .FirstOrDefaultAsync(ct);
        var members = await db.Members.AsNoTracking()
            .Where(m => m.BranchId == branch.Id).Where(Member.CountsIn(year))
            .OrderBy(m => m.Id)
            .Select(m => new MemberFingerprint(m.Id, m.Name, m.Status,
                m.Exemptions.AsQueryable().Any(Exemption.EffectiveIn(year)),
                db.LedgerLines.Count(l => l.MemberId == m.Id && l.Year == year && l.State == LedgerLineState.Confirmed)))
            .ToListAsync(ct);
        var fingerprint = new BranchYearFingerprint(scheme.Id, scheme.ConcurrencyStamp, register?.ConcurrencyStamp, members);
        if (cache.Find(branch.Id, year, fingerprint) is { } cached)
            return cached;

        IReadOnlyDictionary<int, EvaluationVotes>? votes = null;
        if (register is not null)
        {
            var rows = await db.Set<YearEndVote>().AsNoTracking().Where(v => v.RegisterId == register.Id).ToListAsync(ct);
            if (rows.Count > 0)
                votes = rows.ToDictionary(v => v.MemberId, v => v.ToVotes());
        }
        var computed = await BranchYearComputation.RunAsync(db, branch, scheme, year,
            members.Select(m => new ScoredMember(m.Id, m.Name, m.Status, m.IsExempt)).ToList(), includeDrafts: false, votes, throughQuarter: 4, ct);
        cache.Store(branch.Id, year, fingerprint, computed);
        return computed;
    }
}
