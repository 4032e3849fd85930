using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PartyScoring.Testing;

namespace PartyScoring.Web.Tests.Durability;

/// <summary>
/// The real app as a child OS process: `dotnet PartyScoring.Web.dll` from this test project's own output (the
/// project reference copies the app with its runtimeconfig and deps there), in Production, on the given database,
/// listening on a free loopback port (started once /healthz answers). <see cref="Kill"/> is SIGKILL: no shutdown, no finally blocks, no flush.
/// </summary>
public sealed class AppProcess : IDisposable
{
    /// <summary>A hang guard, not a time limit: the first start migrates and seeds, which takes long on a busy machine.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(300);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private AppProcess(Process process, Uri baseAddress, ConcurrentQueue<string> output)
    {
        _process = process;
        BaseAddress = baseAddress;
        _output = output;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the process printed (stdout and stderr), for a failure message.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <param name="workFolder">Current directory and content root: logs and evidence files go under it.</param>
    public static async Task<AppProcess> StartAsync(TestDatabase database, string workFolder)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "PartyScoring.Web.dll");
        File.Exists(app).Should().BeTrue($"the web app is built next to the tests ({app})");
        Directory.CreateDirectory(workFolder);
        // The SDK names the dotnet host that runs the tests; outside it, the one on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } h && File.Exists(h) ? h : "dotnet";
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo(host)
        {
            WorkingDirectory = workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app);
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = baseAddress.ToString(),
            // appsettings.json sits next to the app; data the app writes goes to the work folder
            ["ASPNETCORE_CONTENTROOT"] = AppContext.BaseDirectory,
            ["Demo__Seed"] = "true",
            ["Security__SecureCookies"] = "false", // plain http on loopback
            ["Security__LoginAttemptsPerMinute"] = "100000",
            ["Evidence__Folder"] = Path.Combine(workFolder, "evidence"),
            ["Serilog__WriteTo__1__Args__path"] = Path.Combine(workFolder, "logs", "partyscoring-.log"),
        };
        foreach (var (key, value) in database.Settings())
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        start.Environment.Remove("ASPNETCORE_HOSTINGSTARTUPASSEMBLIES");

        var process = Process.Start(start)!;
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var started = new AppProcess(process, baseAddress, output);
        if (await started.AnswersAsync())
            return started;
        var why = process.HasExited ? $"exited with code {process.ExitCode}" : $"did not answer within {StartTimeout.TotalSeconds} s";
        started.Dispose();
        throw new InvalidOperationException($"The app {why}:{Environment.NewLine}{started.Output}");
    }

    /// <summary>Polls /healthz until the app answers (it migrates and seeds before it listens).</summary>
    private async Task<bool> AnswersAsync()
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout && !_process.HasExited)
        {
            try
            {
                using var response = await probe.GetAsync("/healthz");
                return true; // any answer: the pipeline is up (health may say Degraded without Chromium)
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A client with its own cookie jar, following no redirects (as the other HTTP tests do).</summary>
    public HttpClient NewClient() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>SIGKILL, then waits until the OS has reaped the process (its files and sockets are closed).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
