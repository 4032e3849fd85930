using System.Net;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests;

/// <summary>
/// Issue 18: a 100-member grid was about 950 KB of HTML because each of its inputs carried its own label and range
/// message. The column now carries them once; the page must stay within 200 KB.
/// </summary>
public sealed class QuarterGridSizeTests(SqliteAppFactory app, ITestOutputHelper output) : IClassFixture<SqliteAppFactory>
{
    public const int MaxGridBytes = 200 * 1024;

    [Fact]
    public async Task AHundredMemberGridIsAtMostTwoHundredKilobytesOfHtml()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk1");
        var clerk = await app.SignedInAsync("clerk1");
        var rows = (await clerk.GetPageAsync($"/Quarters/Grid/{sheet}")).QuerySelectorAll("#grid tbody tr").Length;
        await app.AddMembersAsync("clerk1", 100 - rows, "增补党员");

        var response = await clerk.GetAsync($"/Quarters/Grid/{sheet}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsByteArrayAsync();
        var page = await Browserless.ParseAsync(new HttpResponseMessage { Content = new ByteArrayContent(html) });
        page.QuerySelectorAll("#grid tbody tr").Length.Should().Be(100);
        output.WriteLine($"100-member grid: {html.Length} bytes of HTML");
        html.Length.Should().BeLessThanOrEqualTo(MaxGridBytes);
    }
}
