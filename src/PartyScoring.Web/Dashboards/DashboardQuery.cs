using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Web.Dashboards;

/// <summary>
/// The dashboard of the user's scope (a township, the county, or one branch): the year from the one year-result source
/// (<see cref="YearResults"/>), and the trend as the year stood after each quarter (one engine batch for all quarters on
/// confirmed lines), so a township stays a handful of queries whatever its size.
/// </summary>
public sealed class DashboardQuery(ScopedData data, YearResults results, BranchYearBatch batch)
{
    public async Task<DashboardViewModel?> RunAsync(int year, int currentYear, int currentQuarter, CancellationToken ct = default)
    {
        var own = await data.OwnOrganisationAsync(ct);
        if (own is null || data.Scope is not { IsMemberOnly: false })
            return null;
        var quarters = year < currentYear ? 4 : year == currentYear ? currentQuarter : 0;
        // The year as every register shows it (the one year result), and the trend as the year stood after each quarter so
        // far: one engine batch for all the quarters.
        var branches = (await results.UnderAsync(own.Id, year, ct)).Select(r => r.Year).ToList();
        var trend = quarters == 0 ? [] : await batch.ComputeAfterQuartersAsync(own.Id, year, Enumerable.Range(1, quarters).ToList(), ct);

        var graded = branches.SelectMany(b => b.Result.Graded).ToList();
        var ids = graded.Select(r => r.Member.Id).ToList();
        var categories = await data.Db.Members.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.Category }).ToDictionaryAsync(m => m.Id, m => m.Category, ct);

        var gradesUsed = branches.SelectMany(b => b.Scheme.Bands.Select(g => g.Grade)).Distinct().Order().ToList();
        var rows = branches.Select(b => new BranchDashboardRow(b.Branch.Id, b.Branch.Name, b.Result.Graded.Count,
            gradesUsed.ToDictionary(g => g, g => b.Result.Graded.Count(r => r.Grade == g)),
            b.Result.Graded.Sum(r => r.Points.Total),
            Average(b.Result.Graded),
            trend.Select(t => Average(t.SingleOrDefault(x => x.Branch.Id == b.Branch.Id)?.Result.Graded ?? [])).ToList())).ToList();

        var byCategory = Enum.GetValues<MemberCategory>().Select(c =>
        {
            var members = graded.Where(r => categories.GetValueOrDefault(r.Member.Id) == c).ToList();
            return new CategoryRow(c, members.Count, members.Sum(r => r.Points.Total), Average(members),
                members.Count(r => r.Grade == Grade.Excellent), members.Count(r => r.Grade == Grade.Unqualified));
        }).ToList();
        return new DashboardViewModel(own.Name, year, quarters, gradesUsed, rows, byCategory);
    }

    private static decimal? Average(IReadOnlyCollection<MemberYearResult> results) =>
        results.Count == 0 ? null : Points.Round(results.Average(r => r.Points.Total));
}
