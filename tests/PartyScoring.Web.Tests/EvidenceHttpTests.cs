using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>
/// Issue 3 §2: evidence files with a line — type decided from the bytes, size checked, stored outside the web root,
/// downloadable only by users whose scope includes the member; a refused file writes nothing.
/// </summary>
public abstract class EvidenceHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3];
    private static readonly byte[] HtmlPretendingToBeAPhoto = "<html><script>alert(1)</script></html>"u8.ToArray();

    [Fact]
    public async Task ClerkAttachesAPhotoThatTheBranchCanOpenAndAnotherBranchCannot()
    {
        var (clerk, sheetId, memberId) = await OpenGridAsync();
        var before = await LineCountAsync(memberId);

        var response = await AddLineAsync(clerk, sheetId, memberId, Png, "义工日照片.png", "image/png");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await LineCountAsync(memberId)).Should().Be(before + 1);
        var sheet = await clerk.GetPageAsync($"/Quarters/Sheet/{sheetId}");
        var link = sheet.QuerySelectorAll<IHtmlAnchorElement>("a.evidence-link").Last().GetAttribute("href")!;
        var download = await clerk.GetAsync(link);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        download.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        (await download.Content.ReadAsByteArrayAsync()).Should().Equal(Png);

        var otherBranch = await app.SignedInAsync("clerk2");
        (await otherBranch.GetAsync(link)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var anonymous = await app.NewClient().GetAsync(link);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task APageRenamedToPngIsRefusedInChineseAndNothingIsWritten()
    {
        var (clerk, sheetId, memberId) = await OpenGridAsync();
        var lines = await LineCountAsync(memberId);
        var files = await app.WithDbAsync(db => db.EvidenceFiles.CountAsync());

        var response = await AddLineAsync(clerk, sheetId, memberId, HtmlPretendingToBeAPhoto, "photo.png", "image/png");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("证明材料只能是 JPG、PNG 图片、PDF 文件或 MP4 视频");
        (await LineCountAsync(memberId)).Should().Be(lines);
        (await app.WithDbAsync(db => db.EvidenceFiles.CountAsync())).Should().Be(files);
    }

    [Fact]
    public async Task AnOversizedPdfIsRefusedWithItsLimit()
    {
        var (clerk, sheetId, memberId) = await OpenGridAsync();
        var lines = await LineCountAsync(memberId);
        var bigPdf = new byte[11 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(bigPdf);

        var response = await AddLineAsync(clerk, sheetId, memberId, bigPdf, "scan.pdf", "application/pdf");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("图片和 PDF 不超过 10 MB");
        (await LineCountAsync(memberId)).Should().Be(lines);
    }

    private async Task<(HttpClient Clerk, int SheetId, int MemberId)> OpenGridAsync()
    {
        var clerk = await app.SignedInAsync("clerk1");
        var sheetId = await app.CurrentSheetOfAsync("clerk1");
        var grid = await clerk.GetPageAsync($"/Quarters/Grid/{sheetId}");
        var memberId = int.Parse(grid.QuerySelector<IHtmlSelectElement>("#line-member")!.Options.First().Value!);
        return (clerk, sheetId, memberId);
    }

    private async Task<HttpResponseMessage> AddLineAsync(HttpClient clerk, int sheetId, int memberId, byte[] bytes, string name, string type)
    {
        var grid = await clerk.GetPageAsync($"/Quarters/Grid/{sheetId}");
        var form = grid.QuerySelector<IHtmlFormElement>("#line-form")!;
        var item = grid.QuerySelector<IHtmlSelectElement>("#line-item")!.Options
            .First(o => o.TextContent.Contains("履行岗位职责")).Value!;
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value), "__RequestVerificationToken" },
            { new StringContent(memberId.ToString()), "MemberId" },
            { new StringContent(item), "ItemId" },
            { new StringContent("1"), "Amount" },
            { new StringContent("参加党员义工日"), "Description" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        content.Add(file, "Evidence", name);
        return await clerk.PostAsync(form.GetAttribute("action"), content);
    }

    private Task<int> LineCountAsync(int memberId) =>
        app.WithDbAsync(db => db.LedgerLines.CountAsync(l => l.MemberId == memberId && l.State == LedgerLineState.Draft));
}

public sealed class SqliteEvidenceHttpTests(SqliteAppFactory app) : EvidenceHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlEvidenceHttpTests(PostgreSqlAppFactory app) : EvidenceHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
