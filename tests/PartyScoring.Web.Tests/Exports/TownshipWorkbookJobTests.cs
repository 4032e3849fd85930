using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Exports;

/// <summary>The app with finished export files kept in a temp folder instead of the data folder.</summary>
public abstract class JobsAppFactory(DatabaseProvider provider) : AppFactory(provider)
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "partyscoring-exports-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Exports:Folder", Folder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}

public sealed class SqliteJobsAppFactory() : JobsAppFactory(DatabaseProvider.Sqlite);

public sealed class PostgreSqlJobsAppFactory() : JobsAppFactory(DatabaseProvider.PostgreSql);

/// <summary>Issue 5 §5: the township workbook runs in the background; the job page shows progress, then a download link.</summary>
public abstract class TownshipWorkbookJobTests<TFactory>(TFactory app) where TFactory : JobsAppFactory
{
    private static readonly int LastYear = DateTime.Now.Year - 1;

    private static async Task<IDocument> WaitUntilFinishedAsync(HttpClient client, string jobUrl)
    {
        for (var i = 0; i < 120; i++)
        {
            var page = await client.GetPageAsync(jobUrl);
            if (page.QuerySelector("#export-job")!.GetAttribute("data-running") == "false")
                return page;
            await Task.Delay(250);
        }
        throw new TimeoutException("the township workbook did not finish in 30 s");
    }

    [Fact]
    public async Task OfficeQueuesTheWorkbookFollowsItsProgressAndDownloadsEveryBranchSheet()
    {
        var branches = await app.WithDbAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Branch).Select(o => new { o.Id, o.Name }).ToListAsync());
        var office = await app.SignedInAsync("office");
        var index = await office.GetPageAsync($"/TownshipExports?year={LastYear}");

        var start = await office.PostFormAsync(index.QuerySelector<IHtmlFormElement>("#start-workbook")!, new Dictionary<string, string>());
        start.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var jobUrl = start.Headers.Location!.ToString();
        var finished = await WaitUntilFinishedAsync(office, jobUrl);

        finished.QuerySelector("#export-job")!.GetAttribute("data-state").Should().Be(nameof(ExportJobState.Done));
        var download = await office.GetAsync(finished.QuerySelector("#download")!.GetAttribute("href"));
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await download.Content.ReadAsByteArrayAsync()), false);
        var sheets = ExportFiles.Sheets(document);
        sheets.Should().HaveCount(branches.Count + 1);
        sheets[0].Rows[0][0].Should().Be("党员年度积分汇总表");
        foreach (var branch in branches)
        {
            var page = PageFigures.GradedRows(await office.GetPageAsync($"/Branches/Details/{branch.Id}?year={LastYear}"));
            var sheet = sheets.Single(s => s.Rows[1][0].EndsWith(branch.Name));
            foreach (var member in page)
                sheet.Rows.Should().Contain(r => r.Length >= 9 && r[1] == member.Name && r[7] == member.Total && r[8] == member.Grade);
        }
        var jobId = Guid.Parse(jobUrl.Split('/').Last());
        var job = await app.WithDbAsync(db => db.ExportJobs.SingleAsync(j => j.Id == jobId));
        job.Percent.Should().Be(100);
        File.Exists(Path.Combine(app.Folder, job.Id.ToString("N") + ".xlsx")).Should().BeTrue("the file is kept under the exports folder, not in memory");

        var county = await app.SignedInAsync("county");
        (await county.GetAsync(jobUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a job is its requester's");
        (await county.GetAsync($"/TownshipExports/Download/{job.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteTownshipWorkbookJobTests(SqliteJobsAppFactory app) : TownshipWorkbookJobTests<SqliteJobsAppFactory>(app), IClassFixture<SqliteJobsAppFactory>;

public sealed class PostgreSqlTownshipWorkbookJobTests(PostgreSqlJobsAppFactory app) : TownshipWorkbookJobTests<PostgreSqlJobsAppFactory>(app), IClassFixture<PostgreSqlJobsAppFactory>;
