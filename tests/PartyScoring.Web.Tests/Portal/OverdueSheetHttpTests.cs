using AngleSharp.Dom;
using PartyScoring.Web.Reminders;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Portal;

/// <summary>Issue 4 §6: a sheet not submitted by the quarter's end plus the grace period is overdue and listed first.</summary>
public abstract class OverdueSheetHttpTests<TFactory>(TFactory app) where TFactory : ClockedAppFactory
{
    [Fact]
    public async Task AnUnsubmittedSheetPastTheGracePeriodIsOverdueAndComesFirst()
    {
        var sheet = await app.CurrentSheetOfAsync("clerk1");
        var now = app.Clock.GetLocalNow();
        var quarterEnd = new DateTime(now.Year, (now.Month + 2) / 3 * 3, 1).AddMonths(1).AddDays(-1);
        var clerk = await app.SignedInAsync("clerk1");

        app.Clock.Advance(quarterEnd.AddDays(new ReminderOptions().SheetGraceDays - 1) - now.Date);
        var before = (await clerk.GetPageAsync("/")).QuerySelectorAll("#reminders li.reminder");
        before.Should().Contain(li => li.QuerySelector("a")!.GetAttribute("href") == $"/Quarters/Sheet/{sheet}" && !li.ClassList.Contains("overdue"),
            "the last day of the grace period is not late yet");

        app.Clock.Advance(TimeSpan.FromDays(2));
        var after = (await clerk.GetPageAsync("/")).QuerySelectorAll("#reminders li.reminder");

        after.Should().HaveCountGreaterThan(1, "the new quarter's sheet is due too");
        after[0].QuerySelector("a")!.GetAttribute("href").Should().Be($"/Quarters/Sheet/{sheet}");
        after[0].ClassList.Should().Contain("overdue");
        after[0].TextContent.Should().Contain("已逾期");
        after.Skip(1).Should().OnlyContain(li => !li.ClassList.Contains("overdue"));
    }
}

public sealed class SqliteOverdueSheetHttpTests(SqliteClockedAppFactory app)
    : OverdueSheetHttpTests<SqliteClockedAppFactory>(app), IClassFixture<SqliteClockedAppFactory>;

public sealed class PostgreSqlOverdueSheetHttpTests(PostgreSqlClockedAppFactory app)
    : OverdueSheetHttpTests<PostgreSqlClockedAppFactory>(app), IClassFixture<PostgreSqlClockedAppFactory>;
