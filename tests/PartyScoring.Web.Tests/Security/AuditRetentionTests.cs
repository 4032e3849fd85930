using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartyScoring.Infrastructure.Auditing;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>Audit retention of 7 months (Audit:RetentionMonths).</summary>
public sealed class RetentionAppFactory() : AppFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Audit:RetentionMonths", "7");
    }
}

/// <summary>Issue 8 §7: audit lines older than the retention are purged (by a daily worker), newer ones kept.</summary>
public sealed class AuditRetentionTests(RetentionAppFactory app) : IClassFixture<RetentionAppFactory>
{
    [Fact]
    public async Task LinesOlderThanTheRetentionArePurgedAndNewerOnesKept()
    {
        var now = DateTimeOffset.UtcNow;
        var recentBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        await app.WithDbAsync(async db =>
        {
            // appended in time order, as the app writes them; ids follow the existing (recent) lines
            db.AuditEntries.AddRange(
                Entry(now.AddMonths(-9)), Entry(now.AddMonths(-8)), Entry(now.AddMonths(-7).AddDays(-1)),
                Entry(now.AddMonths(-7).AddDays(2)), Entry(now.AddDays(-1)));
            return await db.SaveChangesAsync();
        });
        await app.WithDbAsync(async db =>
        {
            // the older lines must come first by id, as in real life: move them before the seeded ones
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Id\" = -\"Id\" WHERE \"Actor\" = 'retention-test' AND \"Fields\" = 'old'");
            return 0;
        });

        await using var scope = app.Services.CreateAsyncScope();
        var retention = scope.ServiceProvider.GetRequiredService<AuditRetention>();
        var purged = await retention.PurgeAsync();

        retention.Months.Should().Be(7);
        purged.Should().Be(3);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync())).Should().Be(recentBefore + 2);
    }

    [Fact]
    public void TheRetentionIsNeverShorterThanSixMonthsAndAWorkerRunsIt()
    {
        using var scope = app.Services.CreateScope();
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Audit:RetentionMonths", "1")]).Build();
        new AuditRetention(scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>(), config, TimeProvider.System).Months.Should().Be(6);
        app.Services.GetServices<IHostedService>().OfType<AuditRetentionWorker>().Should().ContainSingle();
    }

    [Fact]
    public async Task NoActionOfTheAuditControllerAcceptsAPost()
    {
        var routes = await RouteCatalog.ActionsAsync(app.Services);

        routes.Where(r => r.Controller == "Audit").Should().NotBeEmpty().And.OnlyContain(r => r.Method == "GET");
    }

    private static AuditEntry Entry(DateTimeOffset at) => new()
    {
        At = at, Actor = "retention-test", Entity = "Test", EntityKey = "1", Action = "Added",
        Fields = at < DateTimeOffset.UtcNow.AddMonths(-7) ? "old" : "new",
    };
}
