using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Testing;

namespace PartyScoring.Infrastructure.Tests.Support;

/// <summary>
/// The infrastructure as the app wires it (AddInfrastructure), on a real database of one provider,
/// migrated and seeded with the demo township once per test class.
/// </summary>
public abstract class InfrastructureFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private ServiceProvider? _services;

    public DatabaseProvider Provider => provider;
    public ServiceProvider Services => _services ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        _database = TestDatabase.Create(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.Settings()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddInfrastructure(configuration, Path.GetTempPath());
        _services = services.BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemo: true);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
            await _services.DisposeAsync();
        _database?.Dispose();
    }

    /// <summary>A scope that sees the whole database (tests prepare and check data as a whole) until it acts for a user.</summary>
    public AsyncServiceScope NewScope()
    {
        var scope = Services.CreateAsyncScope();
        _wholeDatabase.Add(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<DataScope>().SeeEverything(ScopeBypass.Tooling));
        return scope;
    }

    private readonly ConditionalWeakTable<IServiceProvider, IDisposable> _wholeDatabase = new();

    /// <summary>A fresh context, as a second user working at the same time would have.</summary>
    public PartyScoringDbContext NewContext() => NewScope().ServiceProvider.GetRequiredService<PartyScoringDbContext>();

    /// <summary>
    /// ScopedData for a demo user, with the claims the real sign-in would give them: from here on the scope's context
    /// filters every query to that user's scope, as in a request.
    /// </summary>
    public async Task<ScopedData> ScopedAsAsync(AsyncServiceScope scope, string userName)
    {
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var user = await users.Users.SingleAsync(u => u.UserName == userName);
        ClaimsPrincipal principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        if (_wholeDatabase.TryGetValue(services, out var whole))
            whole.Dispose();
        services.GetRequiredService<DataScope>().ActFor(principal);
        return services.GetRequiredService<ScopedData>();
    }
}

public sealed class SqliteFixture() : InfrastructureFixture(DatabaseProvider.Sqlite);

public sealed class PostgreSqlFixture() : InfrastructureFixture(DatabaseProvider.PostgreSql);

/// <summary>Only where PARTYSCORING_TEST_SQLSERVER names a server (see SqlServer/SqlServerIntegrationTests).</summary>
public sealed class SqlServerFixture() : InfrastructureFixture(DatabaseProvider.SqlServer);
