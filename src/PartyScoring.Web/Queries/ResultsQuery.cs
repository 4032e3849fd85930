using PartyScoring.Domain.Common;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Infrastructure.YearEnd;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Queries;

/// <summary>
/// 结果运用: the recommendation list (优秀 by rank), the talk list, the 不合格 members with their handling records and
/// the two-years-running flag, and probationary members' results for their conversion review.
/// </summary>
public sealed class ResultsQuery(ScopedData data, YearResults results, TalkService talks, TimeProvider clock)
{
    private sealed record Row(int MemberId, string Name, decimal Total, Grade? Grade, int? Rank, bool Probationary);

    public async Task<YearEndResultsViewModel?> BranchAsync(int branchId, int year, IReadOnlyList<SheetActor> actors, CancellationToken ct = default)
    {
        var branch = await data.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch, ct);
        if (branch is null || !ReportingYear.HasPrevious(year))
            return null;
        var (source, rows) = await RowsAsync(branchId, year, ct);
        var (previousSource, previous) = await RowsAsync(branchId, year - 1, ct);
        var lastYearUnqualified = previous.Where(r => r.Grade == Grade.Unqualified).Select(r => r.MemberId).ToHashSet();
        var handlings = await data.Db.UnqualifiedHandlings.AsNoTracking().Include(h => h.Steps)
            .Where(h => h.BranchId == branchId && h.Year == year).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

        ResultMemberViewModel Map(Row r)
        {
            var grades = new Dictionary<int, Grade?> { [year] = r.Grade, [year - 1] = lastYearUnqualified.Contains(r.MemberId) ? Grade.Unqualified : null };
            var handling = handlings.SingleOrDefault(h => h.MemberId == r.MemberId);
            return new ResultMemberViewModel(r.MemberId, r.Name, r.Total, r.Grade, r.Rank, ConsecutiveUnqualified.IsFlagged(grades, year),
                handling, handling?.IsOverdue(today) ?? false);
        }

        var list = await talks.ListAsync(branchId, year, ct);
        return new YearEndResultsViewModel(branch.Id, branch.Name, year, source, previousSource,
            actors.Contains(SheetActor.Secretary) && source is ResultSource.Archive or ResultSource.Snapshot,
            rows.Where(r => r.Grade == Grade.Excellent).OrderBy(r => r.Rank).ThenBy(r => r.Name, StringComparer.Ordinal).Select(Map).ToList(),
            rows.Where(r => r.Grade == Grade.Unqualified).OrderBy(r => r.Rank).Select(Map).ToList(),
            rows.Where(r => r.Probationary).OrderBy(r => r.Rank ?? int.MaxValue).Select(Map).ToList(),
            list?.Candidates.Select(c => new TalkRowViewModel(c.MemberId, c.Name, c.HalfYearTotal, c.Talks)).ToList() ?? []);
    }

    /// <summary>The township's recommendation list: every branch's 优秀, by branch and rank.</summary>
    public async Task<IReadOnlyList<TownshipRecommendationRow>> TownshipAsync(int year, CancellationToken ct = default)
    {
        var branches = await data.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Id).ToListAsync(ct);
        var result = new List<TownshipRecommendationRow>();
        foreach (var branch in branches)
        {
            var (source, rows) = await RowsAsync(branch.Id, year, ct);
            result.AddRange(rows.Where(r => r.Grade == Grade.Excellent).OrderBy(r => r.Rank)
                .Select(r => new TownshipRecommendationRow(branch.Id, branch.Name, source,
                    new ResultMemberViewModel(r.MemberId, r.Name, r.Total, r.Grade, r.Rank, false, null, false))));
        }
        return result;
    }

    /// <summary>The year's results from the one year-result source (archive, else notice snapshot, else the engine).</summary>
    private async Task<(ResultSource, List<Row>)> RowsAsync(int branchId, int year, CancellationToken ct)
    {
        if (await results.ForBranchAsync(branchId, year, ct) is not { } found)
            return (ResultSource.None, []);
        return (found.Source, found.Year.Everyone
            .Select(r => new Row(r.Member.Id, r.Member.Name, r.Points.Total, r.Grade, r.Rank, found.Probationary.Contains(r.Member.Id))).ToList());
    }
}
