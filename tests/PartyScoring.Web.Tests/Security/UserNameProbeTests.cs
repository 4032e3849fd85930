using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Issue 20 §4: wrong passwords for a real name and for a name nobody has take about as long (a benchmark-style
/// check: medians of 50 sign-ins each within 3× of each other; before the fix they were 2–16 ms against 52–174 ms),
/// and both end with the same "locked" message after the same number of tries.
/// </summary>
public sealed class UserNameProbeTests(SqliteAppFactory app, ITestOutputHelper output) : IClassFixture<SqliteAppFactory>
{
    private const int Tries = 50;
    private const string Nobody = "nobody-at-all";

    [Fact]
    public async Task KnownAndUnknownNamesTakeAboutAsLongAndLockAlike()
    {
        var client = app.NewClient();
        var form = (await client.GetPageAsync("/Account/Login")).QuerySelector<IHtmlFormElement>("form[action='/Account/Login']")!;
        await PostAsync(client, form, "member1", "warm-up"); // the first hash and the first query pay for JIT

        var known = new List<double>();
        var unknown = new List<double>();
        var messages = new Dictionary<string, string>();
        for (var i = 0; i < Tries; i++)
        {
            // interleaved, so a slow moment of the machine falls on both
            foreach (var (name, times) in new[] { ("secretary1", known), (Nobody, unknown) })
            {
                var watch = Stopwatch.StartNew();
                var response = await PostAsync(client, form, name, "Wrong-password-" + i);
                times.Add(watch.Elapsed.TotalMilliseconds);
                var alert = (await Browserless.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent.Trim() ?? "";
                messages[$"{(name == "secretary1" ? "known" : "unknown")} try {Math.Min(i, 9)}"] = alert;
            }
        }

        double Median(List<double> t) => t.Order().ElementAt(t.Count / 2);
        output.WriteLine($"median known {Median(known):F1} ms, unknown {Median(unknown):F1} ms over {Tries} tries each");
        Math.Max(Median(known), Median(unknown)).Should().BeLessThan(3 * Math.Min(Median(known), Median(unknown)));
        for (var i = 0; i < 10; i++)
            messages[$"unknown try {i}"].Should().Be(messages[$"known try {i}"], $"try {i + 1} answers alike for both names");
        messages["known try 9"].Should().Contain("锁定");
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlFormElement form, string name, string password) =>
        client.PostFormAsync(form, new Dictionary<string, string> { ["UserName"] = name, ["Password"] = password });
}
