using PartyScoring.Domain.Quarters;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.StarRating;
using PartyScoring.Infrastructure.Administration;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Demo;

/// <summary>
/// Creates the demo township on an empty database: one county, one township on the seed-000 scheme,
/// four branches of different fields, about sixty members (probationary members, an activist, an exempt
/// member over 70, a mobile member), last year and this year of ledger lines, and a login for every role.
/// It never writes into a database that already has organisations. The tree, the logins, the schemes and the star standard
/// are made by the same administration commands the setup command uses (<see cref="OrganisationCommands"/>,
/// <see cref="UserCommands"/>, <see cref="YearSetupCommands"/>).
/// </summary>
public sealed class DemoSeeder(PartyScoringDbContext db, OrganisationCommands organisations, UserCommands users,
    YearSetupCommands years, TimeProvider clock)
{
    public const string DemoPassword = "Demo2026pass";

    /// <summary>The demo accounts: one per role, two branches so that scope can be tried out.</summary>
    public static IReadOnlyList<DemoLogin> Logins { get; } =
    [
        new("office", DemoPassword, Roles.TownshipOffice, "示范乡党委党建办"),
        new("secretary1", DemoPassword, Roles.BranchSecretary, "红星村党支部书记"),
        new("clerk1", DemoPassword, Roles.BranchClerk, "红星村党支部文书"),
        new("evaluator1", DemoPassword, Roles.EvaluationGroup, "红星村党支部评议小组"),
        new("secretary2", DemoPassword, Roles.BranchSecretary, "幸福社区党支部书记"),
        new("clerk2", DemoPassword, Roles.BranchClerk, "幸福社区党支部文书"),
        new("secretary3", DemoPassword, Roles.BranchSecretary, "乡机关党支部书记"),
        new("secretary4", DemoPassword, Roles.BranchSecretary, "中心学校党支部书记"),
        new("county", DemoPassword, Roles.CountyReviewer, "示范县委组织部"),
        new("member1", DemoPassword, Roles.Member, "红星村党支部党员"),
    ];

    private static readonly (string Name, BranchField Field, MemberCategory Category, int Members)[] Branches =
    [
        ("红星村党支部", BranchField.Rural, MemberCategory.Rural, 18),
        ("幸福社区党支部", BranchField.Community, MemberCategory.Community, 16),
        ("乡机关党支部", BranchField.Government, MemberCategory.Government, 14),
        ("中心学校党支部", BranchField.School, MemberCategory.School, 12),
    ];

    public async Task<IReadOnlyList<DemoLogin>?> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await organisations.AnyAsync(ct))
            return null;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var (county, township, branches) = await CreateTreeAsync(ct);
        var members = await CreateMembersAsync(branches, today, ct);
        var currentQuarter = CalendarQuarter.Containing(today).Number;
        foreach (var year in new[] { today.Year - 1, today.Year })
        {
            var scheme = await years.AdoptSchemeAsync(township.Id, year, SchemePresets.Township000, ct);
            scheme.AddItem(new ItemDefinition("D11", "村务监督、联系户走访", ItemKind.Duty, 1, 5, PerOccurrence: true, BranchId: branches[0].Id));
            scheme.Freeze(new DateTimeOffset(year, 4, 15, 0, 0, 0, TimeSpan.Zero));
            await db.SaveChangesAsync(ct);
            var lastQuarter = year < today.Year ? 4 : currentQuarter;
            db.LedgerLines.AddRange(DemoLedger.Lines(scheme, members, year, lastQuarter, draftQuarter: year == today.Year ? currentQuarter : null));
            await db.SaveChangesAsync(ct);
            db.QuarterSheets.AddRange(DemoSheets.For(branches, scheme, lastQuarter, year == today.Year ? currentQuarter : null));
            await db.SaveChangesAsync(ct);
            await DemoYearEnd.AddAsync(db, branches, scheme, archive: year < today.Year, ct);
        }
        // The seed-001 star rating standard for this year; the ratings themselves are made through the flow.
        await years.AdoptStarStandardAsync(township.Id, today.Year, ct);
        var logins = await CreateUsersAsync(county, township, branches, members, ct);
        await transaction.CommitAsync(ct);
        return logins;
    }

    private async Task<(Organisation County, Organisation Township, List<Organisation> Branches)> CreateTreeAsync(CancellationToken ct)
    {
        var county = await organisations.CreateCountyAsync("示范县委", ct);
        var township = await organisations.AddAsync(county, "示范乡党委", OrganisationKind.Township, ct: ct);
        var branches = new List<Organisation>();
        foreach (var (name, field, _, _) in Branches)
            branches.Add(await organisations.AddAsync(township, name, OrganisationKind.Branch, field, ct));
        await organisations.AddAsync(branches[0], "第一党小组", OrganisationKind.PartyGroup, ct: ct);
        return (county, township, branches);
    }

    private async Task<List<Member>> CreateMembersAsync(List<Organisation> branches, DateOnly today, CancellationToken ct)
    {
        var members = new List<Member>();
        var index = 0;
        for (var b = 0; b < branches.Count; b++)
        {
            var (_, _, category, count) = Branches[b];
            for (var i = 0; i < count; i++, index++)
            {
                var birth = new DateOnly(1950 + index * 37 % 50, 1 + index % 12, 1 + index * 3 % 28);
                // Each branch has probationary members; the first branch also has an activist.
                var status = i is 3 or 9 ? MembershipStatus.Probationary
                    : b == 0 && i == 5 ? MembershipStatus.Activist
                    : MembershipStatus.Full;
                var joined = status == MembershipStatus.Activist ? (DateOnly?)null : birth.AddYears(25 + i % 10);
                var member = new Member(DemoNames.For(index), i % 3 == 1 ? Gender.Female : Gender.Male, birth, branches[b].Id,
                    status, category, joined, new DateOnly(today.Year - 1, 1, 1));
                member.SetPhone($"139{index:D4}{(index * 7919) % 10000:D4}");
                members.Add(member);
            }
        }

        // One member aged 70+ in the first branch, exempted through the whole trail (seed 002 三(二)).
        var elder = new Member("孙德厚", Gender.Male, new DateOnly(1948, 3, 12), branches[0].Id, MembershipStatus.Full,
            MemberCategory.Rural, new DateOnly(1972, 7, 1), new DateOnly(today.Year - 1, 1, 1));
        foreach (var year in new[] { today.Year - 1, today.Year })
        {
            var exemption = elder.ApplyForExemption(year, ExemptionReason.AgedSeventyOrMore, "年老体弱，本人申请", new DateOnly(year, 1, 5));
            exemption.ApproveByBranch("secretary1", new DateOnly(year, 1, 10));
            exemption.FileWithTownship("office", new DateOnly(year, 1, 20));
        }
        members.Add(elder);
        db.Members.AddRange(members);
        await db.SaveChangesAsync(ct);

        // A member of the community branch working in the village: the village (inflow) branch scores them.
        members[Branches[0].Members + 2].FlowOutTo(branches[0].Id, new DateOnly(today.Year - 1, 1, 1));
        await db.SaveChangesAsync(ct);
        return members;
    }

    private async Task<List<DemoLogin>> CreateUsersAsync(Organisation county, Organisation township, List<Organisation> branches,
        List<Member> members, CancellationToken ct)
    {
        var firstBranchMember = members.First(m => m.BranchId == branches[0].Id && m.Status == MembershipStatus.Full);
        var placement = new Dictionary<string, (string DisplayName, int OrganisationId, int? MemberId)>
        {
            ["office"] = ("党建办干事", township.Id, null),
            ["secretary1"] = ("红星村书记", branches[0].Id, null),
            ["clerk1"] = ("红星村文书", branches[0].Id, null),
            ["evaluator1"] = ("红星村评议小组", branches[0].Id, null),
            ["secretary2"] = ("幸福社区书记", branches[1].Id, null),
            ["clerk2"] = ("幸福社区文书", branches[1].Id, null),
            ["secretary3"] = ("乡机关书记", branches[2].Id, null),
            ["secretary4"] = ("中心学校书记", branches[3].Id, null),
            ["county"] = ("县委组织部", county.Id, null),
            ["member1"] = (firstBranchMember.Name, branches[0].Id, firstBranchMember.Id),
        };
        var logins = Logins.Select(l => (Login: l, placement[l.UserName].DisplayName, placement[l.UserName].OrganisationId, placement[l.UserName].MemberId)).ToList();
        // The demo's published password, not a generated one, and no forced change: the demo is for trying out.
        foreach (var (login, displayName, organisationId, memberId) in logins)
            await users.CreateAsync(new NewUser(login.UserName, displayName, login.Role, organisationId, memberId), login.Password, ct);
        await db.SaveChangesAsync(ct);
        return logins.Select(l => l.Login).ToList();
    }
}
