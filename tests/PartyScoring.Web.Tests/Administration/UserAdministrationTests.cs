using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Administration;

/// <summary>Issue 13 §3 through the 用户管理 page: logins, least privilege, sessions ended by a change, a branch's member logins.</summary>
public abstract class UserAdministrationTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task OfficeCreatesAClerkWhoSignsInWithTheShownPasswordAndMustChangeIt()
    {
        var office = await app.SignedInAsync("office");
        var branch = await app.OrganisationIdOfAsync("clerk1");

        var response = await office.CreateUserAsync("new-clerk", "新文书", Roles.BranchClerk, branch);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var password = (await Browserless.ParseAsync(response)).QuerySelector("#initial-password")!.TextContent.Trim();
        password.Should().HaveLength(12);
        var stored = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "new-clerk"));
        stored.MustChangePassword.Should().BeTrue();
        stored.OrganisationId.Should().Be(branch);
        stored.PasswordHash.Should().NotContain(password);
        var clerk = app.NewClient();
        (await clerk.LoginAsync("new-clerk", password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await clerk.GetAsync("/")).Headers.Location!.ToString().Should().Be("/Account/ChangePassword");
    }

    [Fact]
    public async Task BranchSecretaryCannotAdministerUsers()
    {
        var secretary = await app.SignedInAsync("secretary1");

        foreach (var url in new[] { "/Users", "/Organisations" })
        {
            var response = await secretary.GetAsync(url);
            (response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("/Account/AccessDenied") == true)
                .Should().BeTrue($"{url} answered {(int)response.StatusCode} {response.Headers.Location}");
        }
        (await secretary.GetStringAsync("/")).Should().NotContain("nav-users");
    }

    [Fact]
    public async Task GrantingARoleAboveOnesOwnIsRefusedInChineseAndWritesNothing()
    {
        var office = await app.SignedInAsync("office");
        var township = await app.OrganisationIdOfAsync("office");
        var before = await app.LastAuditAsync();

        var response = await office.CreateUserAsync("would-be-county", "冒充县委", Roles.CountyReviewer, township);

        (await AdministrationPages.RefusalAsync(response)).Should().Contain("不能授予高于您本人的角色");
        (await app.LastAuditAsync()).Should().Be(before);
        (await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "would-be-county"))).Should().BeFalse();
    }

    [Fact]
    public async Task ADuplicateUserNameIsRefusedInChineseWithTheInputKept()
    {
        var office = await app.SignedInAsync("office");
        var branch = await app.OrganisationIdOfAsync("clerk1");
        var before = await app.LastAuditAsync();

        var response = await office.CreateUserAsync("clerk1", "另一个文书", Roles.BranchClerk, branch);

        (await AdministrationPages.RefusalAsync(response)).Should().Contain("已被使用");
        var page = await Browserless.ParseAsync(response);
        page.QuerySelector<IHtmlInputElement>("#UserName")!.Value.Should().Be("clerk1");
        page.QuerySelector<IHtmlInputElement>("#DisplayName")!.Value.Should().Be("另一个文书");
        (await app.LastAuditAsync()).Should().Be(before);
    }

    [Fact]
    public async Task OfficeCannotSeeOrAdministerAnotherTownship()
    {
        // The demo has one township: the county makes a second, with a branch and an office login, through the pages.
        var county = await app.SignedInAsync("county");
        var countyId = await app.OrganisationIdOfAsync("county");
        (await county.CreateOrganisationAsync("第二乡党委", nameof(OrganisationKind.Township), countyId)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var other = await app.OrganisationNamedAsync("第二乡党委");
        (await county.CreateOrganisationAsync("第二乡某村党支部", nameof(OrganisationKind.Branch), other.Id, nameof(BranchField.Rural)))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await county.CreateUserAsync("office-two", "第二乡党建办", Roles.TownshipOffice, other.Id)).StatusCode.Should().Be(HttpStatusCode.OK);
        var otherBranch = await app.OrganisationNamedAsync("第二乡某村党支部");
        var otherOffice = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "office-two"));

        var office = await app.SignedInAsync("office");
        var before = await app.LastAuditAsync();
        var organisations = await office.GetStringAsync("/Organisations");
        var users = await office.GetStringAsync("/Users");
        var edit = await office.GetAsync($"/Organisations/Edit/{otherBranch.Id}");
        var userEdit = await office.GetAsync($"/Users/Edit?id={otherOffice.Id}");
        var ownEdit = await office.GetPageAsync($"/Organisations/Edit/{await app.OrganisationIdOfAsync("clerk1")}");
        var rename = await office.PostFormAsync(ownEdit.QuerySelector<IHtmlFormElement>("#organisation-rename")!,
            new Dictionary<string, string> { ["id"] = otherBranch.Id.ToString(), ["name"] = "被改名" });
        var ownUser = await office.GetPageAsync($"/Users/Edit?id={await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "clerk2").Select(u => u.Id).SingleAsync())}");
        var reset = await office.PostFormAsync(ownUser.QuerySelector<IHtmlFormElement>("#user-reset")!, new Dictionary<string, string> { ["id"] = otherOffice.Id });
        var lockOther = await office.PostFormAsync(ownUser.QuerySelector<IHtmlFormElement>("#user-lock")!, new Dictionary<string, string> { ["id"] = otherOffice.Id });
        var intoOther = await office.CreateUserAsync("sneaky", "越界账号", Roles.BranchClerk, otherBranch.Id);
        var underOther = await office.CreateOrganisationAsync("越界支部", nameof(OrganisationKind.Branch), other.Id, nameof(BranchField.Rural));

        organisations.Should().NotContain("第二乡");
        users.Should().NotContain("office-two");
        edit.StatusCode.Should().Be(HttpStatusCode.NotFound);
        userEdit.StatusCode.Should().Be(HttpStatusCode.NotFound);
        rename.StatusCode.Should().Be(HttpStatusCode.NotFound);
        reset.StatusCode.Should().Be(HttpStatusCode.NotFound);
        lockOther.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await AdministrationPages.RefusalAsync(intoOther)).Should().Contain("不在您的管理范围内");
        (await AdministrationPages.RefusalAsync(underOther)).Should().Contain("不在您的管理范围内");
        (await app.LastAuditAsync()).Should().Be(before);
        (await app.OrganisationNamedAsync("第二乡某村党支部")).Name.Should().Be("第二乡某村党支部");
    }

    [Fact]
    public async Task BranchMemberLoginsAreMadeForEveryMemberWithoutOneAndListedOnTheSheet()
    {
        var branch = await app.OrganisationIdOfAsync("clerk2");
        var without = await app.WithDbAsync(db => db.Members
            .Where(m => m.BranchId == branch && m.LeftOn == null && !db.Users.Any(u => u.MemberId == m.Id)).Select(m => m.Id).ToListAsync());
        without.Should().NotBeEmpty();
        var office = await app.SignedInAsync("office");

        var response = await office.SubmitAsync($"/Users/Branch?branchId={branch}", "branch-logins", new Dictionary<string, string>());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var sheet = await Browserless.ParseAsync(response);
        var rows = sheet.QuerySelectorAll("#login-sheet tbody tr").ToList();
        rows.Should().HaveCount(without.Count);
        rows.Select(r => r.QuerySelector(".user-name")!.TextContent).Should().BeEquivalentTo(without.Select(id => $"m{id}"));
        var logins = await app.WithDbAsync(db => db.Users.Where(u => u.MemberId != null && without.Contains(u.MemberId.Value)).ToListAsync());
        logins.Should().HaveCount(without.Count).And.OnlyContain(u => u.MustChangePassword && u.OrganisationId == branch);
        var first = rows[0];
        var member = app.NewClient();
        (await member.LoginAsync(first.QuerySelector(".user-name")!.TextContent, first.QuerySelector(".password")!.TextContent))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var before = await app.LastAuditAsync();
        var page = await office.GetPageAsync($"/Users/Branch?branchId={branch}");
        page.QuerySelector("#branch-logins").Should().BeNull("everyone has a login now");
        (await app.LastAuditAsync()).Should().Be(before);
    }

    [Fact]
    public async Task ARoleChangeEndsTheUsersOpenSession()
    {
        var evaluator = await app.SignedInAsync("evaluator1");
        (await evaluator.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
        var office = await app.SignedInAsync("office");
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "evaluator1"));

        var response = await office.SubmitAsync($"/Users/Edit?id={user.Id}", "user-change-role", new Dictionary<string, string>
            { ["role"] = Roles.BranchClerk, ["organisationId"] = user.OrganisationId.ToString(), ["memberId"] = "" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = await evaluator.GetAsync("/");
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().Should().Contain("/Account/Login");
        (await app.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync()))
            .Should().Equal(Roles.BranchClerk);
    }
}

public sealed class SqliteUserAdministrationTests(SqliteAppFactory app)
    : UserAdministrationTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlUserAdministrationTests(PostgreSqlAppFactory app)
    : UserAdministrationTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
