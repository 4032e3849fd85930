using PartyScoring.Testing;

namespace PartyScoring.Infrastructure.Tests.SqlServer;

/// <summary>
/// A test that needs a live SQL Server. No SQL Server (nor any TDS server) can run on the development machines, so
/// without PARTYSCORING_TEST_SQLSERVER the test is reported as skipped with the reason — never passed silently.
/// </summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.SqlServerVariable)))
            Skip = $"{TestDatabase.SqlServerVariable} is not set, so no SQL Server to run against: the SQL Server model, "
                + "migrations and script are checked without a server (SqlServerScriptTests); see docs/development.md";
    }
}
