using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PartyScoring.Infrastructure.Demo;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>Issue 2 §4: cookie login in Chinese, every demo login, bad input answered in Chinese, antiforgery.</summary>
public abstract class LoginTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    public static TheoryData<string> DemoUsers => new(DemoSeeder.Logins.Select(l => l.UserName));

    [Fact]
    public async Task AnonymousVisitorIsSentToTheLoginPage()
    {
        var response = await app.NewClient().GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/Account/Login");
    }

    [Fact]
    public async Task LoginPageSpeaksChinese()
    {
        var page = await app.NewClient().GetPageAsync("/Account/Login");

        page.QuerySelector("h1")!.TextContent.Should().Be("登录");
        page.QuerySelector("label[for=UserName]")!.TextContent.Should().Be("用户名");
        page.DocumentElement.GetAttribute("lang").Should().Be("zh-CN");
    }

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task EveryDemoLoginReachesItsHomePage(string userName)
    {
        var client = await app.SignedInAsync(userName);

        var home = await client.GetPageAsync("/");

        home.QuerySelector("#signed-in-user")!.TextContent.Should().NotBeNullOrWhiteSpace();
        home.QuerySelector("h1")!.TextContent.Should().StartWith("您好");
    }

    [Fact]
    public async Task WrongPasswordIsAnsweredInChineseAndKeepsTheUserName()
    {
        var response = await app.NewClient().LoginAsync("clerk2", "NotThePassword1");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Browserless.ParseAsync(response);
        page.QuerySelector("[role=alert]")!.TextContent.Should().Contain("用户名或密码错误");
        page.QuerySelector<IHtmlInputElement>("#UserName")!.Value.Should().Be("clerk2");
        page.QuerySelector<IHtmlInputElement>("#Password")!.Value.Should().BeEmpty();
    }

    [Fact]
    public async Task EmptyFormSaysWhichFieldsAreMissing()
    {
        var response = await app.NewClient().LoginAsync("", "");

        var page = await Browserless.ParseAsync(response);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector("[data-valmsg-for=UserName]")!.TextContent.Should().Be("请填写用户名。");
        page.QuerySelector("[data-valmsg-for=Password]")!.TextContent.Should().Be("请填写密码。");
    }

    [Fact]
    public async Task OverlongUserNameIsRejectedWithAMessageNotAnError()
    {
        var response = await app.NewClient().LoginAsync(new string('测', 500), "x");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Browserless.ParseAsync(response)).QuerySelector("[data-valmsg-for=UserName]")!.TextContent.Should().Contain("不能超过 50 个字符");
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Logout")]
    [InlineData("/Culture/Set")]
    public async Task PostWithoutAntiforgeryTokenIsRejected(string url)
    {
        var client = await app.SignedInAsync("clerk1");

        var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "clerk1", ["Password"] = DemoSeeder.DemoPassword, ["culture"] = "en",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task LanguageSwitchTurnsThePageEnglish()
    {
        var client = app.NewClient();
        var login = await client.GetPageAsync("/Account/Login");
        var switcher = login.QuerySelector<IHtmlFormElement>("form[action='/Culture/Set']")!;

        var response = await client.PostFormAsync(switcher, new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/Account/Login" });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var english = await client.GetPageAsync("/Account/Login");

        english.QuerySelector("h1")!.TextContent.Should().Be("Sign in");
    }

    [Fact]
    public async Task LogoutEndsTheSession()
    {
        var client = await app.SignedInAsync("secretary1");
        var home = await client.GetPageAsync("/");

        var response = await client.PostFormAsync(home.QuerySelector<IHtmlFormElement>("form[action='/Account/Logout']")!, new Dictionary<string, string>());
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await client.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}

public sealed class SqliteLoginTests(SqliteAppFactory app) : LoginTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlLoginTests(PostgreSqlAppFactory app) : LoginTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
