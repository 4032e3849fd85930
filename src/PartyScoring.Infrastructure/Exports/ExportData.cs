using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Infrastructure.Exports;

/// <summary>A ledger line as a register prints it (refused and pending lines are left out).</summary>
public sealed record ExportLine(int MemberId, int Year, int Quarter, string ItemCode, string ItemName, decimal Points,
    LedgerLineState State, string Description);

/// <summary>
/// A branch's quarter: its lines (confirmed and draft, drafts marked) and the engine's provisional year-to-date
/// result over quarters 1..<see cref="Quarter"/> including drafts.
/// </summary>
public sealed record BranchQuarter(Organisation Branch, int Year, int Quarter, IReadOnlyList<ExportLine> Lines, BranchYearResult YearToDate)
{
    public IEnumerable<MemberYearResult> Everyone => YearToDate.Graded.Concat(YearToDate.Activists).Concat(YearToDate.Exempt);
}

public sealed record MemberArchive(Member Member, string BranchName, IReadOnlyList<ExportLine> Lines, IReadOnlyList<(int Year, MemberYearResult? Result)> Years);

/// <summary>
/// What the exports read, always through <see cref="ScopedData"/> and <see cref="YearResults"/> exactly as the
/// pages do: an organisation or member out of scope is simply not found (null).
/// </summary>
public sealed class ExportData(ScopedData data, YearResults results)
{
    public async Task<BranchQuarter?> QuarterAsync(int branchId, int year, int quarter, CancellationToken ct = default)
    {
        var branch = await data.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch, ct);
        if (branch is null)
            return null;
        var scheme = await SchemeLookup.CurrentAsync(data.Db, SchemeLookup.TownshipIdOf(branch), year, ct);
        if (scheme is null)
            return null;
        var members = await data.Db.Members.AsNoTracking().Include(m => m.Exemptions)
            .Where(m => m.BranchId == branch.Id).Where(Member.CountsIn(year))
            .ToListAsync(ct);
        var ids = members.Select(m => m.Id).ToList();
        var raw = await data.Db.LedgerLines.AsNoTracking()
            .Where(l => ids.Contains(l.MemberId) && l.Year == year && l.Quarter <= quarter)
            .Where(l => l.State == LedgerLineState.Confirmed || l.State == LedgerLineState.Draft)
            .ToListAsync(ct);
        var lines = await WithItemsAsync(raw, ct);
        var scored = raw.Select(l => new ScoredLine(l.Id, l.MemberId, l.SchemeItemId, l.Points, l.ReversesLineId));
        var result = AnnualComputation.Compute(scheme, members.Select(m => ScoredMember.From(m, year)), scored);
        return new BranchQuarter(branch, year, quarter, lines, result);
    }

    /// <summary>The year-end register's data: the one year result, as the branch page, the notice and the portal show it.</summary>
    public async Task<BranchYear?> BranchYearAsync(int branchId, int year, CancellationToken ct = default) =>
        (await results.ForBranchAsync(branchId, year, ct))?.Year;

    /// <summary>
    /// Every branch of the user's scope with its year from the one year-result source, in tree order: one engine batch for
    /// the whole scope, so a township workbook does not cost three queries per branch, and each recorded register as it stands.
    /// </summary>
    public async Task<IReadOnlyList<BranchYear>> BranchYearsAsync(int year, CancellationToken ct = default, Func<int, int, Task>? progress = null)
    {
        if (data.Scope is not { IsMemberOnly: false } scope)
            return [];
        var years = (await results.UnderAsync(scope.OrganisationId, year, ct)).Select(r => r.Year).ToList();
        if (progress is not null)
            await progress(years.Count, years.Count);
        return years;
    }

    /// <summary>Categories of the members in scope, for the statistics tables.</summary>
    public async Task<IReadOnlyDictionary<int, MemberCategory>> CategoriesAsync(CancellationToken ct = default) =>
        await data.Members.AsNoTracking().Select(m => new { m.Id, m.Category }).ToDictionaryAsync(m => m.Id, m => m.Category, ct);

    public async Task<MemberArchive?> ArchiveAsync(int memberId, CancellationToken ct = default)
    {
        var member = await data.Members.AsNoTracking().SingleOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null)
            return null;
        var branchName = await data.Db.Organisations.Where(o => o.Id == member.BranchId).Select(o => o.Name).SingleAsync(ct);
        var raw = await data.LedgerLines.AsNoTracking()
            .Where(l => l.MemberId == memberId && (l.State == LedgerLineState.Confirmed || l.State == LedgerLineState.Draft))
            .ToListAsync(ct);
        var lines = await WithItemsAsync(raw, ct);
        var years = new List<(int, MemberYearResult?)>();
        foreach (var year in lines.Select(l => l.Year).Distinct().Order())
            years.Add((year, (await results.ForMemberAsync(memberId, year, ct))?.Member));
        return new MemberArchive(member, branchName, lines, years);
    }

    private async Task<List<ExportLine>> WithItemsAsync(List<LedgerLine> raw, CancellationToken ct)
    {
        var itemIds = raw.Select(l => l.SchemeItemId).Distinct().ToList();
        var items = await data.Db.SchemeItems.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => (i.Code, i.Name), ct);
        return raw.OrderBy(l => l.Year).ThenBy(l => l.Quarter).ThenBy(l => l.Id)
            .Select(l => new ExportLine(l.MemberId, l.Year, l.Quarter, items[l.SchemeItemId].Code, items[l.SchemeItemId].Name,
                l.Points, l.State, l.Description))
            .ToList();
    }
}
