using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Issue 20 §2: a copy of the sign-in cookie, kept by someone else, stops working the moment its owner logs out or an
/// administrator deactivates the account; a stranger's wrong passwords do not end the owner's session.
/// </summary>
public abstract class SessionEndTests<TFactory>(TFactory app, ITestOutputHelper output) where TFactory : AppFactory
{
    private static readonly string[] Pages = ["/", "/Quarters", "/AccountSecurity", "/Account/ChangePassword"];

    [Fact]
    public async Task ACopiedCookieReplayedAfterLogoutGetsTheLoginPage()
    {
        var (owner, copy) = await SignInAndCopyCookieAsync("secretary1");
        foreach (var page in Pages)
            (await Replay(copy, page)).StatusCode.Should().Be(HttpStatusCode.OK, $"the copy works while the session lasts ({page})");

        var home = await owner.GetPageAsync("/");
        (await owner.PostFormAsync(home.QuerySelector<IHtmlFormElement>("form[action='/Account/Logout']")!, new Dictionary<string, string>()))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        foreach (var page in Pages)
            ShouldBeSentToLogin(await Replay(copy, page), page);
        output.WriteLine($"replays after logout: {Pages.Length}, all sent to the login page");
        (await (await app.SignedInAsync("secretary1")).GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, "signing in again works");
    }

    [Fact]
    public async Task DeactivatingAUserEndsTheirSessionsAtOnce()
    {
        var (_, copy) = await SignInAndCopyCookieAsync("clerk1");
        (await Replay(copy, "/")).StatusCode.Should().Be(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("clerk1"))!;
            (await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue)).Succeeded.Should().BeTrue();
        }

        foreach (var page in Pages)
            ShouldBeSentToLogin(await Replay(copy, page), page);
        (await app.NewClient().LoginAsync("clerk1", DemoSeeder.DemoPassword)).StatusCode.Should().Be(HttpStatusCode.OK, "a deactivated user cannot sign in");
    }

    [Fact]
    public async Task AStrangersWrongPasswordsDoNotEndTheOwnersSession()
    {
        var (_, copy) = await SignInAndCopyCookieAsync("clerk2");
        for (var i = 0; i < 6; i++)
            await app.NewClient().LoginAsync("clerk2", "Wrong-password-" + i);

        (await Replay(copy, "/")).StatusCode.Should().Be(HttpStatusCode.OK, "a lockout by failed sign-ins is not a deactivation");
    }

    /// <summary>Signs in through the form and returns the signed-in client and the auth cookie as a header value.</summary>
    private async Task<(HttpClient Owner, string Cookie)> SignInAndCopyCookieAsync(string user)
    {
        var owner = app.NewClient();
        var response = await owner.LoginAsync(user, DemoSeeder.DemoPassword);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookies = response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("PartyScoring.Auth", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]).ToList();
        cookies.Should().NotBeEmpty();
        return (owner, string.Join("; ", cookies));
    }

    private Task<HttpResponseMessage> Replay(string cookie, string url)
    {
        var attacker = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return attacker.SendAsync(request);
    }

    private static void ShouldBeSentToLogin(HttpResponseMessage response, string page)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, page);
        response.Headers.Location!.ToString().Should().Contain("/Account/Login", page);
    }
}

public sealed class SqliteSessionEndTests(SqliteAppFactory app, ITestOutputHelper output)
    : SessionEndTests<SqliteAppFactory>(app, output), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlSessionEndTests(PostgreSqlAppFactory app, ITestOutputHelper output)
    : SessionEndTests<PostgreSqlAppFactory>(app, output), IClassFixture<PostgreSqlAppFactory>;
