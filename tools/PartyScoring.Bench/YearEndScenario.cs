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
/// ranks and quotas included) against a hand-written SQL aggregate over the same rows (sum per member per component),
/// run in turns, and a check that the two agree (<see cref="YearEndAgreement"/>).
/// </summary>
public static class YearEndScenario
{
    public static async Task<(Measurement Product, Measurement RawSql, int Members)> RunAsync(BenchDatabase database, int year, int runs)
    {
        IReadOnlyList<BranchYear> productYear = [];
        IReadOnlyDictionary<(int MemberId, int Kind), double> sqlSums = new Dictionary<(int, int), double>();
        async Task Product()
        {
            await using var scope = database.Services.CreateAsyncScope();
            var data = await CountyScopeAsync(scope.ServiceProvider);
            var result = await new BranchYearBatch(data).ComputeUnderAsync(data.Scope!.OrganisationId, year);
            productYear = result;
        }
        async Task RawSql()
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
            sqlSums = sums;
        }
        // In turns, three warm-up rounds: the ratio of the two is the figure that matters, so both see the same machine.
        var measured = await Measurement.RunInTurnsAsync(runs, 3, ("county year end (product)", Product), ("raw SQL aggregate", RawSql));
        var (product, raw) = (measured[0], measured[1]);
        var members = YearEndAgreement.Check(productYear, sqlSums);
        Console.WriteLine($"  product and SQL agree on every member's components ({members:N0} members)");
        return (product, raw, members);
    }

    /// <summary>ScopedData as the county reviewer sees it, built from the same claims sign-in would put in the cookie.</summary>
    private static async Task<ScopedData> CountyScopeAsync(IServiceProvider services)
    {
        var scope = services.GetRequiredService<DataScope>();
        Organisation county;
        using (scope.SeeEverything(ScopeBypass.Tooling))
            county = await services.GetRequiredService<PartyScoringDbContext>().Organisations.AsNoTracking()
                .SingleAsync(o => o.Kind == OrganisationKind.County);
        var identity = new ClaimsIdentity(
        [
            new Claim(ScopeClaims.OrganisationId, county.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ScopeClaims.OrganisationPath, county.Path),
            new Claim(ClaimTypes.Role, Roles.CountyReviewer),
        ], "bench");
        scope.ActFor(new ClaimsPrincipal(identity));
        return services.GetRequiredService<ScopedData>();
    }
}
