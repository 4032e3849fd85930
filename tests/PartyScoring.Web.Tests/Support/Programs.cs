using System.Diagnostics;

namespace PartyScoring.Web.Tests.Support;

/// <summary>Runs a command-line program the tests check output with (pdftotext, zbarimg, chromium …).</summary>
public static class Programs
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <returns>What the program wrote to standard output; a non-zero exit fails the test with its error output.</returns>
    public static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        // both streams read at once: a program filling one pipe while we wait on the other would never finish
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit(Timeout).Should().BeTrue($"{program} finished within {Timeout.TotalSeconds} s");
        process.ExitCode.Should().Be(0, $"{program} {string.Join(' ', args)}: {errors.Result}");
        return output.Result;
    }
}
