using System.Net;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>Issue 2 §4: lockout after repeated failures (its own app, so no other test meets a locked account).</summary>
public sealed class LockoutTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task FiveWrongPasswordsLockTheAccountEvenForTheRightPassword()
    {
        var client = app.NewClient();
        for (var i = 0; i < 5; i++)
            await client.LoginAsync("evaluator1", "Wrong-password-" + i);

        var response = await client.LoginAsync("evaluator1", DemoSeeder.DemoPassword);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "a locked account does not sign in");
        (await Browserless.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent.Should().Contain("锁定");
    }
}
