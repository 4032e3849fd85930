using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>Issue 8 §3: session timeout, role changes, password policy and forced password change.</summary>
public sealed class AccountSecurityTests(SessionAppFactory app) : IClassFixture<SessionAppFactory>
{
    [Fact]
    public async Task ASessionSlidesWhileUsedAndEndsAfterTheConfiguredIdleMinutes()
    {
        var client = await app.SignedInAsync("evaluator1");

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "20 idle minutes are inside a 30-minute session");
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "the previous request renewed the session");
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await client.GetAsync("/");

        expired.StatusCode.Should().Be(HttpStatusCode.Redirect);
        expired.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }

    [Fact]
    public async Task ChangingAUsersRolesRejectsTheirOldCookieOnTheNextRequest()
    {
        var client = await app.SignedInAsync("secretary2");
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("secretary2"))!;
            (await users.RemoveFromRoleAsync(user, Roles.BranchSecretary)).Succeeded.Should().BeTrue();
            (await users.AddToRoleAsync(user, Roles.BranchClerk)).Succeeded.Should().BeTrue();
        }
        var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }

    [Theory]
    [InlineData("short1A", "至少需要 8 位")]
    [InlineData("alllowercase1", "大写字母")]
    [InlineData("NoDigitsHere", "数字")]
    public async Task AWeakNewPasswordIsRefusedWithAChineseMessageAndTheOldOneStillWorks(string weak, string message)
    {
        var client = await app.SignedInAsync("secretary1");

        var response = await PostChangeAsync(client, DemoSeeder.DemoPassword, weak);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain(message);
        (await app.NewClient().LoginAsync("secretary1", DemoSeeder.DemoPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task AWrongCurrentPasswordIsRefused()
    {
        var client = await app.SignedInAsync("secretary1");

        var response = await PostChangeAsync(client, "Not-the-password1", "Another-good-pass9");

        (await response.Content.ReadAsStringAsync()).Should().Contain("当前密码不正确");
    }

    [Fact]
    public async Task AFlaggedAccountReachesNothingButTheChangePasswordPageUntilItChoosesANewPassword()
    {
        await SetFlagAsync("clerk2", true);
        var client = await app.SignedInAsync("clerk2");

        var home = await client.GetAsync("/");
        home.StatusCode.Should().Be(HttpStatusCode.Redirect);
        home.Headers.Location!.ToString().Should().Be("/Account/ChangePassword");
        (await client.GetAsync("/Quarters")).Headers.Location!.ToString().Should().Be("/Account/ChangePassword");
        (await client.GetPageAsync("/Account/ChangePassword")).QuerySelector("#password-forced").Should().NotBeNull();

        var changed = await PostChangeAsync(client, DemoSeeder.DemoPassword, "Fresh-Password-42");

        changed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "clerk2"))).MustChangePassword.Should().BeFalse();
        (await app.NewClient().LoginAsync("clerk2", "Fresh-Password-42")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task TheDemoSeederFlagsNoAccount()
    {
        (await app.WithDbAsync(db => db.Users.CountAsync(u => u.MustChangePassword))).Should().Be(0);
    }

    private static async Task<HttpResponseMessage> PostChangeAsync(HttpClient client, string current, string next)
    {
        var page = await client.GetPageAsync("/Account/ChangePassword");
        var form = page.QuerySelector<IHtmlFormElement>("form[action='/Account/ChangePassword']")!;
        return await client.PostFormAsync(form, new Dictionary<string, string>
        {
            ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = next,
        });
    }

    private async Task SetFlagAsync(string userName, bool flag)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        user.MustChangePassword = flag;
        (await users.UpdateAsync(user)).Succeeded.Should().BeTrue();
    }
}

/// <summary>A 30-minute session with Security:SlidingSession off, on a clock the test moves.</summary>
public sealed class FixedSessionAppFactory() : AppFactory(PartyScoring.Infrastructure.Persistence.DatabaseProvider.Sqlite)
{
    public ManualClock Clock { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:SessionMinutes", "30");
        builder.UseSetting("Security:SlidingSession", "false");
        Microsoft.AspNetCore.TestHost.WebHostBuilderExtensions.ConfigureTestServices(builder, s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Issue 8 §3: with sliding expiry off, a session ends the configured minutes after signing in, however busy.</summary>
public sealed class FixedSessionTests(FixedSessionAppFactory app) : IClassFixture<FixedSessionAppFactory>
{
    [Fact]
    public async Task WithoutSlidingExpiryASessionEndsTheConfiguredMinutesAfterSignInEvenWhileUsed()
    {
        var client = await app.SignedInAsync("evaluator1");

        app.Clock.Advance(TimeSpan.FromMinutes(20));
        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        app.Clock.Advance(TimeSpan.FromMinutes(11));
        var expired = await client.GetAsync("/");

        expired.StatusCode.Should().Be(HttpStatusCode.Redirect, "31 minutes after signing in, a used session is not renewed");
        expired.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }
}

/// <summary>Issue 8 §3: the login POST is rate limited per address, with a Chinese message.</summary>
public sealed class LoginRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task LoginPostsBeyondTheConfiguredLimitGet429WithAChineseMessage()
    {
        var client = app.NewClient();
        for (var i = 0; i < 3; i++)
            (await client.LoginAsync("clerk1", "Wrong-password-" + i)).StatusCode.Should().Be(HttpStatusCode.OK);

        var limited = await client.LoginAsync("clerk1", DemoSeeder.DemoPassword);

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await limited.Content.ReadAsStringAsync()).Should().Contain("登录尝试过于频繁");
        (await client.GetAsync("/Account/Login")).StatusCode.Should().Be(HttpStatusCode.OK, "only the login post is limited");
    }
}
