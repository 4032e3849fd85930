using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Infrastructure.Scoring;

/// <summary>A branch's year as computed by the domain engine, with the scheme and branch it used.</summary>
public sealed record BranchYear(Organisation Branch, ScoringScheme Scheme, int Year, BranchYearResult Result)
{
    public IEnumerable<MemberYearResult> Everyone => Result.Graded.Concat(Result.Activists).Concat(Result.Exempt);
}

/// <summary>
/// Runs the annual computation on data read through <see cref="ScopedData"/>, so a branch out of scope
/// simply is not found. Confirmed lines count; a provisional view (the clerk's grid) may add drafts.
/// </summary>
public sealed class YearPointsService(ScopedData data)
{
    public async Task<BranchYear?> ForBranchAsync(int branchId, int year, bool includeDrafts = false, CancellationToken ct = default)
    {
        var branch = await data.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch, ct);
        return branch is null ? null : await ComputeAsync(branch, year, includeDrafts, ct);
    }

    /// <summary>
    /// The year end's computation: confirmed lines up to <paramref name="throughQuarter"/> (2 for the half-year talks),
    /// with the register's democratic-evaluation votes.
    /// </summary>
    public async Task<BranchYear?> ForYearEndAsync(int branchId, int year, IReadOnlyDictionary<int, EvaluationVotes>? votes,
        int throughQuarter = 4, CancellationToken ct = default)
    {
        var branch = await data.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch, ct);
        return branch is null ? null : await ComputeAsync(branch, year, false, ct, votes, throughQuarter);
    }

    /// <summary>One member's year, ranked within their branch. Null when the member is out of scope.</summary>
    public async Task<(BranchYear Branch, MemberYearResult Member)?> ForMemberAsync(int memberId, int year, CancellationToken ct = default)
    {
        var member = await data.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
            return null;
        // The member is in scope; their rank needs the whole branch computed, though only their row is returned.
        using var _ = data.SeeEverything(ScopeBypass.BranchYear);
        var branch = await data.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == member.BranchId, ct);
        var branchYear = await ComputeAsync(branch, year, false, ct);
        var result = branchYear?.Everyone.SingleOrDefault(r => r.Member.Id == memberId);
        return branchYear is null || result is null ? null : (branchYear, result);
    }

    private async Task<BranchYear?> ComputeAsync(Organisation branch, int year, bool includeDrafts, CancellationToken ct,
        IReadOnlyDictionary<int, EvaluationVotes>? votes = null, int throughQuarter = 4)
    {
        // The branch was found in the user's scope; its year needs every member of it (ranks, quotas).
        using var _ = data.SeeEverything(ScopeBypass.BranchYear);
        var scheme = await SchemeLookup.CurrentAsync(data.Db, SchemeLookup.TownshipIdOf(branch), year, ct);
        if (scheme is null)
            return null;

        var members = await data.Db.Members.AsNoTracking()
            .Include(m => m.Exemptions)
            .Where(m => m.BranchId == branch.Id).Where(Member.CountsIn(year))
            .ToListAsync(ct);
        return await BranchYearComputation.RunAsync(data.Db, branch, scheme, year, members.Select(m => ScoredMember.From(m, year)).ToList(),
            includeDrafts, votes, throughQuarter, ct);
    }
}
