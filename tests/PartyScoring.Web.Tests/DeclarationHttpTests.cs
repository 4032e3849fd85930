using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests;

/// <summary>Issue 3 item 6: declarations wait as pending lines for the branch — or the office, for office-review items.</summary>
public abstract class DeclarationHttpTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private Task<int> ItemAsync(string code) => app.WithDbAsync(db => db.SchemeItems
        .Join(db.Schemes, i => i.SchemeId, s => s.Id, (i, s) => new { i, s })
        .Where(x => x.s.Year == DateTime.Now.Year && x.i.Code == code && x.i.BranchId == null).Select(x => x.i.Id).SingleAsync());

    private async Task<(HttpResponseMessage Response, long? LineId)> DeclareAsync(HttpClient member, string code, string amount, string evidence)
    {
        var item = await ItemAsync(code);
        var page = await member.GetPageAsync("/Declarations");
        var before = await app.WithDbAsync(db => db.LedgerLines.Where(l => l.Source == LedgerSource.MemberDeclaration).Select(l => l.Id).ToListAsync());
        var response = await member.PostFormAsync(page.QuerySelector<IHtmlFormElement>("#declaration-form")!, new Dictionary<string, string>
        {
            ["ItemId"] = item.ToString(), ["Amount"] = amount, ["Description"] = "带领群众修缮村道", ["Evidence"] = evidence,
        });
        var after = await app.WithDbAsync(db => db.LedgerLines.Where(l => l.Source == LedgerSource.MemberDeclaration).Select(l => l.Id).ToListAsync());
        return (response, after.Except(before).Cast<long?>().SingleOrDefault());
    }

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient staff, int sheet, long line, bool accept, string reason = "")
    {
        var page = await staff.GetPageAsync($"/Quarters/Sheet/{sheet}");
        var form = page.QuerySelector<IHtmlFormElement>($"#pending-declarations li[data-line-id='{line}'] form")!;
        return await staff.PostFormAsync(form, new Dictionary<string, string> { ["accept"] = accept ? "true" : "false", ["reason"] = reason });
    }

    private Task<LedgerLineState> StateAsync(long line) => app.WithDbAsync(db => db.LedgerLines.Where(l => l.Id == line).Select(l => l.State).SingleAsync());

    [Fact]
    public async Task ADeclarationWaitsOnTheSheetAndARefusalReasonReachesTheMember()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk1");
        var member = await app.SignedInAsync("member1");
        var (response, line) = await DeclareAsync(member, "B01", "2", "村委会出具的证明");
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await StateAsync(line!.Value)).Should().Be(LedgerLineState.Pending);

        var evaluator = await app.SignedInAsync("evaluator1");
        (await DecideAsync(evaluator, sheet, line.Value, accept: true)).ShouldBeForbidden();
        var clerk = await app.SignedInAsync("clerk1");
        (await DecideAsync(clerk, sheet, line.Value, accept: false, reason: "证明材料不是本季度的")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await StateAsync(line.Value)).Should().Be(LedgerLineState.Refused);
        var own = await member.GetPageAsync("/Declarations");
        own.QuerySelector($"tr[data-line-id='{line}'] .declaration-state")!.TextContent.Should().Contain("证明材料不是本季度的");
    }

    [Fact]
    public async Task AnOfficeReviewItemIsAcceptedOnlyByTheOffice()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk1");
        var member = await app.SignedInAsync("member1");
        var (_, line) = await DeclareAsync(member, "B04", "2", "义工日照片已交支部");

        (await DecideAsync(await app.SignedInAsync("clerk1"), sheet, line!.Value, accept: true)).ShouldBeForbidden();
        (await StateAsync(line.Value)).Should().Be(LedgerLineState.Pending);
        (await DecideAsync(await app.SignedInAsync("office"), sheet, line.Value, accept: true)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await StateAsync(line.Value)).Should().Be(LedgerLineState.Confirmed);
    }

    [Theory]
    [InlineData("两分", "村委会证明", "请填写数字")]
    [InlineData("7", "村委会证明", "该项目分值固定")]
    [InlineData("2", "", "请说明佐证材料")]
    public async Task BadDeclarationsAreRefusedInChineseAndWriteNothing(string amount, string evidence, string message)
    {
        var member = await app.SignedInAsync("member1");

        var (response, line) = await DeclareAsync(member, "B01", amount, evidence);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        line.Should().BeNull();
        var page = await Browserless.ParseAsync(response);
        page.QuerySelector("#declaration-error")!.TextContent.Should().Contain(message);
        page.QuerySelector<IHtmlInputElement>("#Amount")!.Value.Should().Be(amount, "what the member typed is kept");
    }

    [Fact]
    public async Task StaffCannotDeclareAndAnotherBranchCannotDecide()
    {
        (await (await app.SignedInAsync("clerk1")).GetAsync("/Declarations")).ShouldBeForbidden();
        var member = await app.SignedInAsync("member1");
        var (_, line) = await DeclareAsync(member, "B01", "2", "证明");
        var otherClerk = await app.SignedInAsync("clerk2");
        var token = await QuarterPages.TokenAsync(otherClerk, "/Quarters");

        var response = await otherClerk.PostAsync("/Declarations/Decide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["lineId"] = line!.Value.ToString(), ["sheetId"] = "1", ["accept"] = "true",
        }));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await StateAsync(line.Value)).Should().Be(LedgerLineState.Pending);
    }
}

public sealed class SqliteDeclarationHttpTests(SqliteAppFactory app) : DeclarationHttpTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlDeclarationHttpTests(PostgreSqlAppFactory app) : DeclarationHttpTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
