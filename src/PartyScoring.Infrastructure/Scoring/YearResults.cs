using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Infrastructure.Scoring;

/// <summary>Where a year's figures come from.</summary>
public enum ResultSource { Archive = 1, Snapshot = 2, Engine = 3, None = 4 }

/// <summary>A branch's year as every page and paper shows it, with where it comes from and who was probationary in it.</summary>
public sealed record YearResult(BranchYear Year, ResultSource Source, IReadOnlySet<int> Probationary)
{
    public MemberYearResult? Of(int memberId) => Year.Everyone.SingleOrDefault(r => r.Member.Id == memberId);
}

/// <summary>
/// The one source of a member's and a branch's year: the archived register once approved, the notice snapshot while the
/// annual notice is up (an objection upheld recomputes it), otherwise the engine on confirmed lines with the register's
/// democratic-evaluation votes. The portal, the results page, the branch ranking, the dashboards and every register and
/// export read the year here, so the paper filed with the county, the notice and what the member sees cannot differ.
/// Organisations and members are found through the user's scope: out of scope is null.
/// </summary>
public sealed class YearResults(ScopedData data, CachedBranchYears engine, BranchYearBatch batch)
{
    public async Task<YearResult?> ForBranchAsync(int branchId, int year, CancellationToken ct = default)
    {
        var branch = await data.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch, ct);
        return branch is null ? null : await ForAsync(branch, year, ct);
    }

    /// <summary>One member's year, ranked within the branch that scores them. Null when out of scope or not in that year.</summary>
    public async Task<(YearResult Branch, MemberYearResult Member)?> ForMemberAsync(int memberId, int year, CancellationToken ct = default)
    {
        var branchId = await data.Members.Where(m => m.Id == memberId).Select(m => (int?)m.BranchId).SingleOrDefaultAsync(ct);
        if (branchId is null)
            return null;
        // The member is in scope; their rank needs the whole branch, though only their row is returned (and a mobile
        // member seen from their home branch is scored by a branch outside that subtree).
        using var _ = data.SeeEverything(ScopeBypass.BranchYear);
        var branch = await data.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == branchId, ct);
        var result = await ForAsync(branch, year, ct);
        return result?.Of(memberId) is { } member ? (result, member) : null;
    }

    /// <summary>A branch already known to be in scope.</summary>
    public async Task<YearResult?> ForAsync(Organisation branch, int year, CancellationToken ct = default)
    {
        using var _ = data.SeeEverything(ScopeBypass.BranchYear);
        if (await RecordedAsync([branch], year, ct) is { Count: > 0 } recorded)
            return recorded[0];
        var computed = await engine.ForBranchAsync(branch, year, ct);
        if (computed is null)
            return null;
        var ids = computed.Everyone.Select(r => r.Member.Id).ToList();
        var probationary = (await data.Db.Members.Where(m => ids.Contains(m.Id) && m.Status == MembershipStatus.Probationary)
            .Select(m => m.Id).ToListAsync(ct)).ToHashSet();
        return new YearResult(computed, ResultSource.Engine, probationary);
    }

    /// <summary>
    /// Every branch under an organisation (a township, the county) in tree order: the engine for the whole subtree in one
    /// batch, then each branch whose register is past Draft replaced by its record.
    /// </summary>
    public async Task<IReadOnlyList<YearResult>> UnderAsync(int organisationId, int year, CancellationToken ct = default)
    {
        var computed = await batch.ComputeUnderAsync(organisationId, year, ct: ct);
        if (computed.Count == 0)
            return [];
        var recorded = (await RecordedAsync(computed.Select(b => b.Branch).ToList(), year, ct)).ToDictionary(r => r.Year.Branch.Id);
        return computed
            .Select(b => recorded.GetValueOrDefault(b.Branch.Id) ?? new YearResult(b, ResultSource.Engine,
                b.Everyone.Where(r => r.Member.Status == MembershipStatus.Probationary).Select(r => r.Member.Id).ToHashSet()))
            .OrderBy(r => r.Year.Branch.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The registers of these branches that hold a record (notice opened or later), read as they stand.</summary>
    private async Task<IReadOnlyList<YearResult>> RecordedAsync(IReadOnlyList<Organisation> branches, int year, CancellationToken ct)
    {
        var ids = branches.Select(b => b.Id).ToList();
        var registers = await data.Db.YearEndRegisters.AsNoTracking()
            .Where(r => ids.Contains(r.BranchId) && r.Year == year)
            .Where(YearEndRegister.HoldsRecord)
            .Include(r => r.Entries)
            .ToListAsync(ct);
        var results = new List<YearResult>(registers.Count);
        foreach (var register in registers)
        {
            if (register.RecordedResult() is not { } recorded
                || await SchemeLookup.ByIdAsync(data.Db, recorded.SchemeId, ct) is not { } scheme)
                continue;
            var branch = branches.Single(b => b.Id == register.BranchId);
            var source = register.State == YearEndState.Archived ? ResultSource.Archive : ResultSource.Snapshot;
            var probationary = register.Entries.Where(e => e.Probationary).Select(e => e.MemberId).ToHashSet();
            results.Add(new YearResult(new BranchYear(branch, scheme, year, recorded), source, probationary));
        }
        return results;
    }
}
