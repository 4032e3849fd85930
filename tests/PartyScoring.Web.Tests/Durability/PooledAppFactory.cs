using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Durability;

/// <summary>
/// The app with pooled connections, as deployed. The other tests' databases are unpooled (so they can be dropped at
/// once); 200 requests at once would then open 200 PostgreSQL sessions, more than the server's max_connections
/// (100 by default, shared with everything else on it). A deployment sizes its pool below that limit, and requests
/// beyond the pool wait for a connection instead of being refused by the server.
/// </summary>
public abstract class PooledAppFactory(DatabaseProvider provider) : AppFactory(provider)
{
    /// <summary>Sessions this app may hold on the shared PostgreSQL server.</summary>
    public const int PostgreSqlPoolSize = 10;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (DatabaseProviderExtensions.Parse(builder.GetSetting("Database:Provider")) == DatabaseProvider.Sqlite)
        {
            var sqlite = new SqliteConnectionStringBuilder(builder.GetSetting("ConnectionStrings:Sqlite")) { Pooling = true };
            builder.UseSetting("ConnectionStrings:Sqlite", sqlite.ToString());
            return;
        }
        var postgres = new NpgsqlConnectionStringBuilder(builder.GetSetting("ConnectionStrings:PostgreSql"))
        {
            Pooling = true,
            MaxPoolSize = PostgreSqlPoolSize,
            Timeout = 60, // also how long a request waits for a pooled connection; the default 15 s is short on a loaded CI machine
        };
        builder.UseSetting("ConnectionStrings:PostgreSql", postgres.ToString());
    }
}

public sealed class PooledSqliteAppFactory() : PooledAppFactory(DatabaseProvider.Sqlite);

public sealed class PooledPostgreSqlAppFactory() : PooledAppFactory(DatabaseProvider.PostgreSql);
