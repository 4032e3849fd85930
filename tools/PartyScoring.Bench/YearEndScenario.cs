using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Bench;

/// <summary>
/// County year end through the product's own path (BranchYearBatch under a county reviewer's scope, grades,
/// ranks and quotas included) against a hand-written SQL aggregate over the same rows (sum per member per component).
/// </summary>
public static class YearEndScenario
{
    public static async Task<(Measurement Product, Measurement RawSql, int Members)> RunAsync(BenchDatabase database, int year, int runs)
    {
        int members = 0;
        var product = await Measurement.RunAsync("county year end (product)", runs, async () =>
        {
            await using var scope = database.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
            var data = await CountyScopeAsync(db);
            var result = await new BranchYearBatch(data).ComputeUnderAsync(data.Scope!.OrganisationId, year);
            members = result.Sum(b => b.Result.Graded.Count + b.Result.Exempt.Count + b.Result.Activists.Count);
        });
        var raw = await Measurement.RunAsync("raw SQL aggregate", runs, async () =>
        {
            await using var scope = database.Services.CreateAsyncScope();
            var connection = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>().Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // Points are stored as tenths (PointsConversion).
            command.CommandText = "SELECT \"MemberId\", \"Kind\", SUM(\"Points\") / 10.0 FROM \"LedgerLines\" WHERE \"Year\" = " + year +
                                  " AND \"State\" = 3 GROUP BY \"MemberId\", \"Kind\"";
            var sums = new Dictionary<(int, int), double>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                sums[(reader.GetInt32(0), reader.GetInt32(1))] = Convert.ToDouble(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
        });
        return (product, raw, members);
    }

    /// <summary>ScopedData as the county reviewer sees it, built from the same claims sign-in would put in the cookie.</summary>
    private static async Task<ScopedData> CountyScopeAsync(PartyScoringDbContext db)
    {
        var county = await db.Organisations.AsNoTracking().SingleAsync(o => o.Kind == OrganisationKind.County);
        var identity = new ClaimsIdentity(
        [
            new Claim(ScopeClaims.OrganisationId, county.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ScopeClaims.OrganisationPath, county.Path),
            new Claim(ClaimTypes.Role, Roles.CountyReviewer),
        ], "bench");
        var http = new FixedAccessor { HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) } };
        return new ScopedData(db, http);
    }

    private sealed class FixedAccessor : IHttpContextAccessor
    {
        public HttpContext? HttpContext { get; set; }
    }
}
