using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Web.Tests.Support;

/// <summary>
/// The app on a real Kestrel port (a browser needs one) plus one headless Debian Chromium driven by Playwright.
/// Chromium is started with the flags this network needs (no background networking, no sandbox as root).
/// </summary>
public abstract class BrowserAppFactory : AppFactory, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    protected BrowserAppFactory(DatabaseProvider provider) : base(provider) => UseKestrel(0);

    public string BaseUrl { get; private set; } = string.Empty;
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1");
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run the tests with `bash scripts/test.sh`, which installs it.");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public new async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own cookies) signed in through the real login form.</summary>
    public async Task<IPage> SignedInPageAsync(string userName, string password = PartyScoring.Infrastructure.Demo.DemoSeeder.DemoPassword,
        ViewportSize? viewport = null, bool bypassCsp = false)
    {
        // bypassCsp: only for injecting a checker (axe-core) into the page; the app's own scripts run under its policy.
        var options = new BrowserNewContextOptions { Locale = "zh-CN", BypassCSP = bypassCsp };
        if (viewport is not null)
            options.ViewportSize = viewport;
        var context = await Browser.NewContextAsync(options);
        // Generous: CI runs the browser tests beside the other test classes on two cores.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/Account/Login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("#login-submit");
        // Attached, not visible: on a phone the name sits in the folded menu.
        await page.WaitForSelectorAsync("#signed-in-user", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>Saves a screenshot under TestResults/screenshots for a person to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }
}

public sealed class SqliteBrowserAppFactory() : BrowserAppFactory(DatabaseProvider.Sqlite);
