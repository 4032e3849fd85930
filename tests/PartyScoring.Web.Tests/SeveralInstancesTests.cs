using PartyScoring.Infrastructure.Scoping;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Testing;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>
/// SPEC 9 "stateless web tier": two app instances on one PostgreSQL database share the Data Protection key ring
/// (kept in the database), so a cookie and an antiforgery token issued by one are accepted by the other.
/// Each instance is a real Kestrel server on its own loopback port. Lines saved through both at once are all kept once.
/// </summary>
public sealed class SeveralInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private readonly TwoInstances.Instance _first = instances.First;
    private readonly TwoInstances.Instance _second = instances.Second;

    [Fact]
    public void InstancesListenOnDifferentLoopbackPorts()
    {
        _first.BaseAddress.Host.Should().Be("127.0.0.1");
        _first.BaseAddress.Port.Should().NotBe(_second.BaseAddress.Port);
    }

    [Fact]
    public async Task CookieFromOneInstanceIsAcceptedByTheOther()
    {
        var cookies = new CookieContainer();
        using var onFirst = _first.NewClient(cookies);
        using var onSecond = _second.NewClient(cookies);

        (await onFirst.LoginAsync("office", DemoSeeder.DemoPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var home = await onSecond.GetAsync("/");

        home.StatusCode.Should().Be(HttpStatusCode.OK);
        (await home.Content.ReadAsStringAsync()).Should().Contain("党建办干事");
    }

    [Fact]
    public async Task FormFromOneInstanceCanBePostedToTheOther()
    {
        var cookies = new CookieContainer();
        using var onFirst = _first.NewClient(cookies);
        using var onSecond = _second.NewClient(cookies);
        var page = await onFirst.GetPageAsync("/Account/Login");
        var form = page.QuerySelector<IHtmlFormElement>("form[action='/Account/Login']")!;

        var response = await onSecond.PostFormAsync(form, new Dictionary<string, string> { ["UserName"] = "clerk1", ["Password"] = DemoSeeder.DemoPassword });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, "the antiforgery token issued by the first instance is valid on the second");
    }

    [Fact]
    public async Task LinesSavedThroughBothInstancesAtOnceAreAllKeptOnce()
    {
        var cookies = new CookieContainer();
        using var onFirst = _first.NewClient(cookies);
        using var onSecond = _second.NewClient(cookies);
        (await onFirst.LoginAsync("clerk1", DemoSeeder.DemoPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var sheet = await _first.WithDbAsync(async db =>
        {
            var clerk = await db.Users.SingleAsync(u => u.UserName == "clerk1");
            return await db.QuarterSheets.Where(s => s.BranchId == clerk.OrganisationId && s.Year == DateTime.Now.Year && s.Quarter == QuarterPages.CurrentQuarter)
                .Select(s => s.Id).SingleAsync();
        });
        var linesBefore = await _second.WithDbAsync(db => db.LedgerLines.CountAsync());
        var pages = new[] { await onFirst.GetPageAsync($"/Quarters/Grid/{sheet}"), await onSecond.GetPageAsync($"/Quarters/Grid/{sheet}") };
        var member = pages[0].QuerySelector<IHtmlSelectElement>("#line-member")!.Options.First().Value;
        var item = pages[0].QuerySelector<IHtmlSelectElement>("#line-item")!.Options.First().Value;

        // Twenty single lines, alternating between the instances and sent together.
        var saves = Enumerable.Range(1, 20).Select(n =>
        {
            var (client, page) = n % 2 == 0 ? (onFirst, pages[0]) : (onSecond, pages[1]);
            return client.PostFormAsync(page.QuerySelector<IHtmlFormElement>("#line-form")!, new Dictionary<string, string>
            {
                ["MemberId"] = member, ["ItemId"] = item, ["Amount"] = "1", ["Description"] = $"两实例并发录入第{n}条",
            });
        });
        var responses = await Task.WhenAll(saves);

        // A line overwrites nobody: entries sent together through both instances queue, none is refused.
        responses.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Redirect);
        const int accepted = 20;
        var saved = await _first.WithDbAsync(db => db.LedgerLines.Where(l => l.Description.StartsWith("两实例并发录入"))
            .Select(l => l.Description).ToListAsync());
        saved.Should().HaveCount(accepted).And.OnlyHaveUniqueItems();
        (await _second.WithDbAsync(db => db.LedgerLines.CountAsync())).Should().Be(linesBefore + accepted);
    }
}

/// <summary>One PostgreSQL database and two app instances on it, shared by the tests of the class.</summary>
public sealed class TwoInstances : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.PostgreSql);

    public TwoInstances()
    {
        First = new Instance(_database);
        First.Start(); // the first instance migrates and seeds before the second starts
        Second = new Instance(_database);
        Second.Start();
    }

    public Instance First { get; }
    public Instance Second { get; }

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
        _database.Dispose();
    }

    public sealed class Instance : WebApplicationFactory<Program>
    {
        private readonly TestDatabase database;

        public Instance(TestDatabase database)
        {
            this.database = database;
            UseKestrel(0);
        }

        public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

        public void Start()
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var (key, value) in database.Settings())
                builder.UseSetting(key, value);
            builder.UseSetting("Demo:Seed", "true");
        }

        public async Task<T> WithDbAsync<T>(Func<PartyScoringDbContext, Task<T>> query)
        {
            using var scope = Services.CreateScope();
            using var _ = scope.ServiceProvider.GetRequiredService<DataScope>().SeeEverything(ScopeBypass.Tooling);
            return await query(scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>());
        }

        public HttpClient NewClient(CookieContainer cookies) =>
            new(new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
    }
}
