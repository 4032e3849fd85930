using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Web.Reminders;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.YearEnd;

/// <summary>The two reminder sources of the year end, registered in DI, each for the person who must act.</summary>
public abstract class YearEndReminderTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    private async Task<IReadOnlyList<Reminder>> RemindersAsync(string login, DateOnly today)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.Users.SingleAsync(u => u.UserName == login);
        ClaimsPrincipal principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        scope.ServiceProvider.GetRequiredService<DataScope>().ActFor(principal);
        var data = scope.ServiceProvider.GetRequiredService<ScopedData>();
        var all = new List<Reminder>();
        foreach (var source in scope.ServiceProvider.GetServices<IReminderSource>()
                     .Where(s => s is TalksPendingReminders or YearEndDeadlineReminders))
            all.AddRange(await source.ForAsync(data, principal, today, CancellationToken.None));
        return all;
    }

    [Fact]
    public async Task TheSecretarySeesPendingTalksAndTheDeadlineAndTheOfficeEveryBranchOverdue()
    {
        var year = DateTime.Now.Year;
        var beforeDeadline = new DateOnly(year, 12, 1);
        var secretary = await RemindersAsync("secretary1", beforeDeadline);
        secretary.Should().Contain(r => r.TextKey == "Reminder_TalksPending" && r.Url.StartsWith("/YearEndResults/Talks/"));
        secretary.Should().ContainSingle(r => r.TextKey == "Reminder_YearEndDue").Which.Due.Should().Be(new DateOnly(year, 12, 25));

        var office = await RemindersAsync("office", new DateOnly(year, 12, 27));
        office.Where(r => r.TextKey == "Reminder_YearEndOverdue").Should().HaveCount(4).And.OnlyContain(r => r.IsOverdue);
        office.Should().NotContain(r => r.TextKey == "Reminder_TalksPending", "talks are the secretary's to hold");

        (await RemindersAsync("member1", beforeDeadline)).Should().BeEmpty();
        (await RemindersAsync("secretary1", new DateOnly(year, 10, 1))).Should().NotContain(r => r.TextKey.StartsWith("Reminder_YearEnd"),
            "the deadline is more than 30 days away");
    }
}

public sealed class SqliteYearEndReminderTests(SqliteAppFactory app)
    : YearEndReminderTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlYearEndReminderTests(PostgreSqlAppFactory app)
    : YearEndReminderTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
