using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Administration;

/// <summary>Issue 13 §2 through the 组织管理 page: a township office builds and reshapes its own subtree, never deleting.</summary>
public abstract class OrganisationAdministrationTests<TFactory>(TFactory app) where TFactory : AppFactory
{
    [Fact]
    public async Task OfficeCreatesABranchAndAPartyGroupThenRenamesMovesAndClosesOne()
    {
        var office = await app.SignedInAsync("office");
        var township = await app.OrganisationIdOfAsync("office");

        (await office.CreateOrganisationAsync("测试总支", nameof(OrganisationKind.GeneralBranch), township)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await office.CreateOrganisationAsync("测试支部", nameof(OrganisationKind.Branch), township, nameof(BranchField.Community)))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var branch = await app.OrganisationNamedAsync("测试支部");
        (await office.CreateOrganisationAsync("测试党小组", nameof(OrganisationKind.PartyGroup), branch.Id)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var general = await app.OrganisationNamedAsync("测试总支");
        var group = await app.OrganisationNamedAsync("测试党小组");
        branch.Field.Should().Be(BranchField.Community);
        group.Path.Should().Be($"{branch.Path}{group.Id}/");

        (await office.SubmitAsync($"/Organisations/Edit/{group.Id}", "organisation-rename", new Dictionary<string, string> { ["name"] = "第二党小组" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        // The branch moves under the general branch and its party group comes along, paths and all.
        (await office.SubmitAsync($"/Organisations/Edit/{branch.Id}", "organisation-move", new Dictionary<string, string> { ["parentId"] = general.Id.ToString() }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var today = DateTime.Today.ToString("yyyy-MM-dd");
        (await office.SubmitAsync($"/Organisations/Edit/{group.Id}", "organisation-close", new Dictionary<string, string> { ["on"] = today }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var moved = await app.OrganisationNamedAsync("测试支部");
        var renamed = await app.OrganisationNamedAsync("第二党小组");
        moved.ParentId.Should().Be(general.Id);
        moved.Path.Should().Be($"{general.Path}{branch.Id}/");
        renamed.Path.Should().Be($"{moved.Path}{group.Id}/");
        renamed.ClosedOn.Should().Be(DateOnly.FromDateTime(DateTime.Today));
        (await office.GetStringAsync("/Organisations")).Should().Contain("第二党小组").And.Contain("已撤销");
    }

    [Fact]
    public async Task ContradictoryValuesAreRefusedInChineseKeepWhatWasTypedAndWriteNothing()
    {
        var office = await app.SignedInAsync("office");
        var township = await app.OrganisationIdOfAsync("office");
        var before = await app.LastAuditAsync();

        var empty = await office.CreateOrganisationAsync("  ", nameof(OrganisationKind.Branch), township, nameof(BranchField.Rural));
        var tooLong = await office.CreateOrganisationAsync(new string('长', 101), nameof(OrganisationKind.Branch), township, nameof(BranchField.Rural));
        var noField = await office.CreateOrganisationAsync("无领域支部", nameof(OrganisationKind.Branch), township);
        var groupUnderTownship = await office.CreateOrganisationAsync("乡下党小组", nameof(OrganisationKind.PartyGroup), township);
        var badParent = await office.SubmitAsync("/Organisations", "organisation-create", new Dictionary<string, string>
            { ["Name"] = "篡改上级", ["Kind"] = nameof(OrganisationKind.Branch), ["ParentId"] = "abc", ["Field"] = nameof(BranchField.Rural) });

        (await AdministrationPages.RefusalAsync(empty)).Should().Contain("请填写组织名称");
        (await AdministrationPages.RefusalAsync(tooLong)).Should().Contain("过长");
        (await AdministrationPages.RefusalAsync(noField)).Should().Contain("领域");
        (await AdministrationPages.RefusalAsync(groupUnderTownship)).Should().Contain("不能设立");
        badParent.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Browserless.ParseAsync(noField);
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Name")!.Value.Should().Be("无领域支部");
        (await app.LastAuditAsync()).Should().Be(before);
    }
}

public sealed class SqliteOrganisationAdministrationTests(SqliteAppFactory app)
    : OrganisationAdministrationTests<SqliteAppFactory>(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgreSqlOrganisationAdministrationTests(PostgreSqlAppFactory app)
    : OrganisationAdministrationTests<PostgreSqlAppFactory>(app), IClassFixture<PostgreSqlAppFactory>;
