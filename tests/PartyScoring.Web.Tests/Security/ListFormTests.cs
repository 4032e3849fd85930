using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Web.Tests.Support;
using PartyScoring.Web.Tests.YearEnd;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// Issue 20 §6 and the 413 of §7: a list-shaped form is checked before anything reads or writes by it. 1,000 vote rows
/// for one member (with a stale stamp, as reported) get 400 and a Chinese message, not a 500; a form over the
/// framework's field limit gets 413, not 404. Nothing is written either way.
/// </summary>
public abstract class ListFormTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AThousandVoteRowsForOneMemberAreRefusedWith400(bool staleStamp)
    {
        var (id, evaluator, fields) = await VoteFormAsync();
        if (staleStamp)
            fields["concurrencyStamp"] = Guid.NewGuid().ToString();
        var member = await app.WithDbAsync(db => db.Members.Where(m => db.Users.Any(u => u.UserName == "evaluator1" && u.OrganisationId == m.BranchId))
            .Select(m => m.Id).FirstAsync());
        for (var i = 0; i < 1000; i++)
            fields[$"votes[{i}].MemberId"] = member.ToString(CultureInfo.InvariantCulture);
        var before = await WriteSnapshot.ReadAsync(app);

        var response = await evaluator.PostAsync($"/YearEnd/Votes/{id}", new FormUrlEncodedContent(fields));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("同一对象提交了多行，请刷新页面后重新填写。");
        (await WriteSnapshot.ReadAsync(app)).SameAs(before).Should().BeTrue();
    }

    [Fact]
    public async Task AVoteLongerThanAnyCountIsRefusedWith400()
    {
        var (id, evaluator, fields) = await VoteFormAsync();
        fields["votes[0].MemberId"] = "1";
        fields["votes[0].Good"] = new string('9', 5000);

        var response = await evaluator.PostAsync($"/YearEnd/Votes/{id}", new FormUrlEncodedContent(fields));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the vote rules refuse it and give the typed value back (FormFuzzTests)");
    }

    [Fact]
    public async Task AFormOverTheFieldLimitGets413WithAChineseMessage()
    {
        var (id, evaluator, fields) = await VoteFormAsync();
        for (var i = 0; i < 1100; i++)
            fields[$"votes[{i}].MemberId"] = i.ToString(CultureInfo.InvariantCulture);
        var before = await WriteSnapshot.ReadAsync(app);

        var response = await evaluator.PostAsync($"/YearEnd/Votes/{id}", new FormUrlEncodedContent(fields));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Be("提交的表单过大，请减少内容后重试。");
        (await WriteSnapshot.ReadAsync(app)).SameAs(before).Should().BeTrue();
    }

    /// <summary>Branch A's register of this year, the evaluator signed in, and the fields every vote post carries (token, stamp).</summary>
    private async Task<(int Id, HttpClient Evaluator, Dictionary<string, string> Fields)> VoteFormAsync()
    {
        var id = await app.RegisterOfAsync("secretary1", DateTime.Now.Year);
        var stamp = await app.WithDbAsync(db => db.YearEndRegisters.Where(r => r.Id == id).Select(r => r.ConcurrencyStamp).SingleAsync());
        var evaluator = await app.SignedInAsync("evaluator1");
        return (id, evaluator, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await QuarterPages.TokenAsync(evaluator, "/YearEnd"),
            ["concurrencyStamp"] = stamp.ToString(),
        });
    }
}

public sealed class SqliteListFormTests(SqliteAppFactory app) : ListFormTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlListFormTests(PostgreSqlAppFactory app) : ListFormTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
