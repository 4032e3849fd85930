using System.Reflection;
using PartyScoring.Infrastructure.Tests.Support;

namespace PartyScoring.Infrastructure.Tests.SqlServer;

/// <summary>
/// Every provider test class (the ones SQLite and PostgreSQL run) on SQL Server, when PARTYSCORING_TEST_SQLSERVER
/// names one. A single test so that, where no server exists, one skip with its reason stands for all of them; each
/// class gets its own migrated and seeded database, as its IClassFixture would.
/// </summary>
public sealed class SqlServerIntegrationTests
{
    // Not public, so xunit does not also run them as test classes of their own.
    private sealed class DemoTownship(SqlServerFixture f) : DemoTownshipTests<SqlServerFixture>(f);
    private sealed class DemoSheet(SqlServerFixture f) : DemoSheetTests<SqlServerFixture>(f);
    private sealed class Ledger(SqlServerFixture f) : LedgerPersistenceTests<SqlServerFixture>(f);
    private sealed class Schemes(SqlServerFixture f) : SchemePersistenceTests<SqlServerFixture>(f);
    private sealed class Scope(SqlServerFixture f) : ScopeTests<SqlServerFixture>(f);
    private sealed class ScopeFilter(SqlServerFixture f) : ScopeFilterTests<SqlServerFixture>(f);
    private sealed class ConcurrencyAndAudit(SqlServerFixture f) : ConcurrencyAndAuditTests<SqlServerFixture>(f);
    private sealed class YearComputation(SqlServerFixture f) : YearComputationTests<SqlServerFixture>(f);
    private sealed class YearEnd(SqlServerFixture f) : YearEndPersistenceTests<SqlServerFixture>(f);
    private sealed class StarRating(SqlServerFixture f) : StarRatingPersistenceTests<SqlServerFixture>(f);

    private static IEnumerable<Type> Runners => typeof(SqlServerIntegrationTests).GetNestedTypes(BindingFlags.NonPublic)
        .Where(t => t.BaseType is { IsGenericType: true });

    [Fact]
    public void EveryProviderTestClassHasASqlServerRunner()
    {
        var providerTests = typeof(InfrastructureFixture).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: true, IsGenericTypeDefinition: true, IsNested: false }
                && t.GetGenericArguments() is [var p] && p.GetGenericParameterConstraints().Contains(typeof(InfrastructureFixture)));

        Runners.Select(r => r.BaseType!.GetGenericTypeDefinition()).Should().BeEquivalentTo(providerTests);
    }

    [SqlServerFact]
    public async Task EveryProviderTestPassesOnSqlServer()
    {
        var failures = new List<string>();
        var ran = 0;
        foreach (var runner in Runners)
        {
            var fixture = new SqlServerFixture();
            await fixture.InitializeAsync();
            try
            {
                foreach (var (method, arguments) in TestCases(runner))
                {
                    ran++;
                    try
                    {
                        var result = method.Invoke(Activator.CreateInstance(runner, fixture), arguments);
                        if (result is Task task)
                            await task;
                    }
                    catch (Exception e)
                    {
                        var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
                        failures.Add($"{runner.Name}.{method.Name}({string.Join(", ", arguments ?? [])}): {cause.Message}");
                    }
                }
            }
            finally
            {
                await fixture.DisposeAsync();
            }
        }

        ran.Should().BeGreaterThan(30);
        failures.Should().BeEmpty();
    }

    /// <summary>Facts, and theories with their inline or member data, as xunit would expand them.</summary>
    private static IEnumerable<(MethodInfo Method, object?[]? Arguments)> TestCases(Type runner)
    {
        foreach (var method in runner.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.GetCustomAttribute<TheoryAttribute>() is not null)
            {
                foreach (var data in method.GetCustomAttributes<Xunit.Sdk.DataAttribute>())
                    foreach (var row in data.GetData(method))
                        yield return (method, row);
            }
            else if (method.GetCustomAttribute<FactAttribute>() is { Skip: null })
            {
                yield return (method, null);
            }
        }
    }
}
