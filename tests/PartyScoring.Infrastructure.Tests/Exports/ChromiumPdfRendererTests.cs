using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PartyScoring.Infrastructure.Exports;

namespace PartyScoring.Infrastructure.Tests.Exports;

/// <summary>
/// The renderer keeps one Chromium (the system's /usr/bin/chromium) and prints every document in it: reused, replaced
/// when it dies or hangs, never more conversions at once than configured. PDFs are read back with pdftotext.
/// </summary>
public sealed class ChromiumPdfRendererTests
{
    private static ChromiumPdfRenderer Renderer(int maxConcurrent = 2, int timeoutSeconds = 60, string chromium = "/usr/bin/chromium") =>
        new(Options.Create(new PdfSettings { ChromiumPath = chromium, MaxConcurrent = maxConcurrent, TimeoutSeconds = timeoutSeconds }),
            NullLogger<ChromiumPdfRenderer>.Instance);

    private static string Page(string body, string script = "") =>
        $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>@page {{ size: A4; }}</style></head><body>{script}<p>{body}</p></body></html>";

    [Fact]
    public async Task WarmUpStartsTheBrowserAndEveryConversionReusesIt()
    {
        await using var renderer = Renderer();

        await renderer.WarmUpAsync();
        var warmed = renderer.BrowserProcessId;
        var first = PdfText(await renderer.RenderAsync(Page("第一份 alpha")));
        var second = PdfText(await renderer.RenderAsync(Page("第二份 beta")));

        warmed.Should().NotBeNull("the browser runs before any document asks for it");
        renderer.BrowserProcessId.Should().Be(warmed, "both documents were printed by the browser started at warm-up");
        first.Should().Contain("第一份 alpha").And.NotContain("beta");
        second.Should().Contain("第二份 beta").And.NotContain("alpha");
    }

    [Fact]
    public async Task AKilledBrowserIsReplacedAndTheNextConversionSucceeds()
    {
        await using var renderer = Renderer();
        await renderer.RenderAsync(Page("before"));
        var killed = renderer.BrowserProcessId!.Value;

        using (var process = Process.GetProcessById(killed))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        var text = PdfText(await renderer.RenderAsync(Page("after the kill")));

        text.Should().Contain("after the kill");
        renderer.BrowserProcessId.Should().NotBeNull().And.NotBe(killed);
    }

    [Fact]
    public async Task AHangingPageTimesOutKillsTheBrowserAndTheNextConversionGetsANewOne()
    {
        // Long enough for a launch and a print on a loaded machine: the recovery conversion launches a new browser within it.
        await using var renderer = Renderer(timeoutSeconds: 10);
        await renderer.WarmUpAsync();
        // The warm-up never throws: on a machine busy enough to miss its timeout it leaves no browser, and a first
        // conversion launches one (and fails the test if it cannot).
        if (renderer.BrowserProcessId is null)
            await renderer.RenderAsync(Page("first"));
        var hung = renderer.BrowserProcessId!.Value;

        var hang = () => renderer.RenderAsync(Page("never", "<script>for (;;) {}</script>"));

        (await hang.Should().ThrowAsync<PdfUnavailableException>()).WithMessage("*timed out*");
        ProcessIsGone(hung).Should().BeTrue("the hung browser was killed");
        PdfText(await renderer.RenderAsync(Page("recovered"))).Should().Contain("recovered");
        renderer.BrowserProcessId.Should().NotBe(hung);
    }

    [Fact]
    public async Task ParallelConversionsAllCompleteInOneBrowserAndNeverMoreThanTheLimitAtOnce()
    {
        await using var renderer = Renderer(maxConcurrent: 2);
        await renderer.WarmUpAsync();
        var browser = renderer.BrowserProcessId;
        // Each page stays busy for 600 ms while it is written into its tab and prints when it started and ended.
        const string busy = "<script>var s = Date.now(); while (Date.now() - s < 600) {} " +
                            "document.write('<p>span ' + s + ' ' + Date.now() + '</p>');</script>";

        var pdfs = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => renderer.RenderAsync(Page($"document {i}", busy))));

        var texts = pdfs.Select(PdfText).ToList();
        for (var i = 0; i < texts.Count; i++)
            texts[i].Should().Contain($"document {i + 1}", "each conversion gets its own document back");
        var spans = texts.Select(t => Regex.Match(t, @"span (\d+) (\d+)")).Select(m => (Start: long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), End: long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        var mostAtOnce = spans.Max(s => spans.Count(o => o.Start < s.End && s.Start < o.End && o.Start <= s.Start));
        mostAtOnce.Should().BeLessThanOrEqualTo(2, "MaxConcurrent is 2");
        renderer.BrowserProcessId.Should().Be(browser, "all five went through the one browser");
    }

    [Fact]
    public async Task WithoutChromiumTheRendererIsUnavailableAndSaysSo()
    {
        await using var renderer = Renderer(chromium: "/nonexistent/chromium");

        await renderer.WarmUpAsync();
        var render = () => renderer.RenderAsync(Page("x"));

        renderer.IsAvailable.Should().BeFalse();
        renderer.BrowserProcessId.Should().BeNull();
        await render.Should().ThrowAsync<PdfUnavailableException>();
    }

    private static bool ProcessIsGone(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static string PdfText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"renderer-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.Should().Be(0, "pdftotext reads the file as a PDF");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
