using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure.Imports;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Tests.Support;
using Xunit.Abstractions;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Issue 20 §1: an xlsx is bounded before it is parsed. Each hostile file is refused with a Chinese message and a 4xx
/// within 2 s, nothing is written, and the managed heap stays within 200 MB of where it started (sampled while the
/// request runs, and again after a collection).
/// </summary>
public abstract class ImportBombTests<TFactory>(TFactory app, ITestOutputHelper output) where TFactory : AppFactory
{
    private const long MemoryBound = 200L * 1024 * 1024;
    private const string TooBig = "文件解压后过大、压缩比异常或单元格过多，已拒绝导入，未写入任何数据。";
    private const string NotAWorkbook = "上传的文件不是 Excel 文件（.xlsx），请使用导入模板。";

    public static TheoryData<string> Bombs => ["whitespace", "empty-cells", "lying-directory", "many-entries"];

    private static byte[] Bomb(string name) => name switch
    {
        "whitespace" => XlsxBombs.Whitespace.Value,
        "empty-cells" => XlsxBombs.EmptyCells.Value,
        "lying-directory" => XlsxBombs.LyingDirectory.Value,
        _ => XlsxBombs.ManyEntries(),
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task ADecompressionBombIsRefusedQuicklyWithoutHoldingMemoryOrWriting(string name)
    {
        var bomb = Bomb(name);
        var clerk = await app.SignedInAsync("clerk1");
        await clerk.GetAsync("/Imports/Roster"); // warm the page and its token before measuring
        var before = await WriteSnapshot.ReadAsync(app);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(5);
            }
        });

        var watch = Stopwatch.StartNew();
        var response = await RosterFile.UploadAsync(clerk, bomb);
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;
        var after = GC.GetTotalMemory(forceFullCollection: true);

        output.WriteLine($"{name}: {bomb.Length / 1024} KB on disk → {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms; " +
                         $"heap {baseline / 1048576} MB → peak {peak / 1048576} MB → {after / 1048576} MB");
        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var reason = (await Browserless.ParseAsync(response)).QuerySelector("#import-errors .reason")!.TextContent;
        reason.Should().Be(name == "lying-directory" ? NotAWorkbook : TooBig,
            "the directory's sizes refuse the honest bombs; the lying one is read only as far as it claims, which cuts its XML off");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        (peak - baseline).Should().BeLessThan(MemoryBound, "the bomb is never unpacked into memory");
        (after - baseline).Should().BeLessThan(MemoryBound);
        (await WriteSnapshot.ReadAsync(app)).SameAs(before).Should().BeTrue("a refused file writes nothing");
    }

    [Fact]
    public async Task ADoctypeIsRefusedWithItsOwnMessageNotAServerError()
    {
        var file = XlsxBombs.Doctype(RosterFile.Build([["甲" + Guid.NewGuid().ToString("N")[..4], "女", new DateTime(1985, 3, 15), "", "红星村党支部", "正式党员", "农村", ""]]));
        var clerk = await app.SignedInAsync("clerk1");
        var before = await WriteSnapshot.ReadAsync(app);

        var response = await RosterFile.UploadAsync(clerk, file);

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        (await Browserless.ParseAsync(response)).QuerySelector("#import-errors .reason")!.TextContent
            .Should().Be("文件含有不允许的 XML 文档类型声明（DOCTYPE）或实体，已拒绝导入，未写入任何数据。");
        (await WriteSnapshot.ReadAsync(app)).SameAs(before).Should().BeTrue();
    }

    [Fact]
    public async Task ASecondImportWhileTheFirstRunsIsAskedToWait()
    {
        var clerk = await app.SignedInAsync("clerk1");
        // The first import, as far as the gate can tell: a lease held for clerk1 exactly as the controller takes one.
        using var running = app.Services.GetRequiredService<PerUserGate>().TryEnter(Controllers.ImportsController.ImportWork, "clerk1", 1);
        running.Should().NotBeNull();

        var response = await RosterFile.UploadAsync(clerk, RosterFile.Build([]));

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await Browserless.ParseAsync(response)).QuerySelector("#import-errors .reason")!.TextContent.Should().Be("您的上一次导入仍在进行，请稍候再试。");
        running!.Dispose();
        (await RosterFile.UploadAsync(clerk, RosterFile.Build([]))).StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "the header-only file is empty, and the gate is free again");
    }

    [Fact]
    public void MoreCellsThanTheBudgetAreRefusedWhileStreaming()
    {
        var rows = Enumerable.Range(0, 30).Select(i => (object[])["a", "b", "c", "d", "e", "f", "g", "h"]).ToList();
        var file = new MemoryStream(RosterFile.Build(rows));

        var act = () => XlsxTableReader.Read(file, 8, limits: new XlsxLimits(MaxCells: 100));

        act.Should().Throw<XlsxRefusedException>().Which.Reason.Should().Be(XlsxRefusal.TooBig);
        XlsxTableReader.Read(new MemoryStream(RosterFile.Build(rows)), 8).Should().HaveCount(31, "the same file reads within the default budget");
    }
}

public sealed class SqliteImportBombTests(SqliteAppFactory app, ITestOutputHelper output)
    : ImportBombTests<SqliteAppFactory>(app, output), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlImportBombTests(PostgreSqlAppFactory app, ITestOutputHelper output)
    : ImportBombTests<PostgreSqlAppFactory>(app, output), IClassFixture<PostgreSqlAppFactory>;
