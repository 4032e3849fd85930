using PartyScoring.Infrastructure.Scoping;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Web.Tests.Support;
using static PartyScoring.Web.Tests.Portal.PortalChanges;

namespace PartyScoring.Web.Tests.Portal;

/// <summary>
/// SPEC 9 "stateless web tier" with the portal's cache: two instances on one PostgreSQL database each keep their own
/// copy of the branch computation, and a change made through one is on the other's next page.
/// </summary>
public sealed class PortalCacheAcrossInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private async Task<T> OnSecondAsync<T>(Func<PartyScoringDbContext, Task<T>> change)
    {
        await using var scope = instances.Second.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<DataScope>().SeeEverything(ScopeBypass.Tooling);
        return await change(scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>());
    }

    [Fact]
    public async Task AChangeThroughOneInstanceIsOnTheOthersNextPage()
    {
        var memberId = await OnSecondAsync(async db => (await db.Users.SingleAsync(u => u.UserName == "member1")).MemberId!.Value);
        var cookies = new CookieContainer();
        using var onFirst = instances.First.NewClient(cookies);
        using var onSecond = instances.Second.NewClient(cookies);
        (await onFirst.LoginAsync("member1", DemoSeeder.DemoPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var before = await PortalTotalAsync(onFirst, memberId);
        (await PortalTotalAsync(onSecond, memberId)).Should().Be(before, "both instances compute the same year");

        var line = await OnSecondAsync(db => ConfirmedDeductionAsync(db, memberId, 3));

        (await PortalTotalAsync(onFirst, memberId)).Should().Be(before - 3, "the first instance's cached year is stale and not served");
        (await PortalTotalAsync(onSecond, memberId)).Should().Be(before - 3);

        await OnSecondAsync(async db => { await ReverseAsync(db, line); return 0; });

        (await PortalTotalAsync(onFirst, memberId)).Should().Be(before);
    }
}
