using PartyScoring.Domain.Common;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Administration;

/// <summary>A login named in a setup plan.</summary>
public sealed record PlannedUser(string UserName, string DisplayName);

public sealed record PlannedBranch(string Name, BranchField Field, PlannedUser? Secretary, PlannedUser? Clerk,
    PlannedUser? EvaluationGroup, IReadOnlyList<string>? PartyGroups);

public sealed record PlannedTownship(string Name, string Scheme, PlannedUser Office, IReadOnlyList<PlannedBranch> Branches);

/// <summary>What a real installation starts with: the county, its townships and branches, the staff logins, this year's scheme.</summary>
public sealed record SetupPlan(string County, PlannedUser CountyReviewer, IReadOnlyList<PlannedTownship> Townships, int? Year = null);

/// <summary>A problem with a plan: a resource key and its arguments, so the command can say it in Chinese.</summary>
public sealed record SetupProblem(string Key, params object[] Args);

/// <summary>A login created by the setup, with the one-time password to hand out.</summary>
public sealed record CreatedLogin(string UserName, string Role, string Organisation, string InitialPassword);

/// <summary>
/// 首次安装: starts a real installation on an empty database — the county, its townships (each with its office login, this
/// year's scheme from a seed preset and the seed-001 star standard), their branches (secretary, clerk, evaluation group logins
/// and party groups) — all in one transaction, through the same commands the demo is built with. Every login gets a
/// generated password that must be changed at the first sign-in. Refuses a database that already has organisations.
/// </summary>
public sealed class InstallationSetup(PartyScoringDbContext db, OrganisationCommands organisations, UserCommands users,
    YearSetupCommands years, TimeProvider clock, Scoping.DataScope scope)
{
    public static IReadOnlyList<SetupProblem> Check(SetupPlan plan)
    {
        var problems = new List<SetupProblem>();
        void Name(string? value, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
                problems.Add(new SetupProblem("Setup_NameMissing", what));
            else if (value.Trim().Length > Organisation.NameMaxLength)
                problems.Add(new SetupProblem("Setup_NameTooLong", value, Organisation.NameMaxLength));
        }
        var userNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void User(PlannedUser? user, string where)
        {
            if (user is null)
                return;
            if (string.IsNullOrWhiteSpace(user.UserName) || user.UserName.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
                problems.Add(new SetupProblem("Setup_UserNameInvalid", user.UserName ?? "", where));
            else if (!userNames.Add(user.UserName))
                problems.Add(new SetupProblem("Setup_UserNameTwice", user.UserName));
            if (string.IsNullOrWhiteSpace(user.DisplayName) || user.DisplayName.Length > AppUser.DisplayNameMaxLength)
                problems.Add(new SetupProblem("Setup_DisplayNameInvalid", user.UserName ?? "", AppUser.DisplayNameMaxLength));
        }

        Name(plan.County, "county");
        if (plan.CountyReviewer is null)
            problems.Add(new SetupProblem("Setup_UserMissing", plan.County ?? ""));
        User(plan.CountyReviewer, plan.County ?? "");
        if (plan.Year is { } year && !ReportingYear.IsValid(year))
            problems.Add(new SetupProblem("Setup_YearInvalid", year, ReportingYear.First, ReportingYear.Last));
        if (plan.Townships is not { Count: > 0 })
            problems.Add(new SetupProblem("Setup_NoTownship"));
        foreach (var township in plan.Townships ?? [])
        {
            Name(township.Name, "township");
            if (!SchemePresets.Keys.Contains(township.Scheme))
                problems.Add(new SetupProblem("Setup_SchemeUnknown", township.Scheme ?? "", string.Join(", ", SchemePresets.Keys)));
            if (township.Office is null)
                problems.Add(new SetupProblem("Setup_UserMissing", township.Name ?? ""));
            User(township.Office, township.Name ?? "");
            foreach (var branch in township.Branches ?? [])
            {
                Name(branch.Name, "branch");
                if (!Enum.IsDefined(branch.Field))
                    problems.Add(new SetupProblem("Setup_FieldUnknown", branch.Name ?? "", string.Join(", ", Enum.GetNames<BranchField>())));
                foreach (var user in new[] { branch.Secretary, branch.Clerk, branch.EvaluationGroup })
                    User(user, branch.Name ?? "");
                foreach (var group in branch.PartyGroups ?? [])
                    Name(group, "party group");
            }
        }
        return problems;
    }

    /// <returns>The created logins, or null when the database already holds an installation.</returns>
    public async Task<IReadOnlyList<CreatedLogin>?> RunAsync(SetupPlan plan, CancellationToken ct = default)
    {
        if (Check(plan).Count > 0)
            throw new InvalidOperationException("check the plan first");
        // Run on the server by whoever installs it: there is no signed-in user, and the whole database must be seen
        // (an installation that already has organisations is refused).
        using var _ = scope.SeeEverything(Scoping.ScopeBypass.InstallationSetup);
        if (await organisations.AnyAsync(ct))
            return null;
        var year = plan.Year ?? clock.GetLocalNow().Year;
        var created = new List<CreatedLogin>();
        async Task LoginAsync(PlannedUser? user, string role, Organisation organisation)
        {
            if (user is null)
                return;
            var password = await users.CreateAsync(new NewUser(user.UserName.Trim(), user.DisplayName.Trim(), role, organisation.Id), ct: ct);
            created.Add(new CreatedLogin(user.UserName.Trim(), role, organisation.Name, password));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var county = await organisations.CreateCountyAsync(plan.County.Trim(), ct);
        await LoginAsync(plan.CountyReviewer, Roles.CountyReviewer, county);
        foreach (var planned in plan.Townships)
        {
            var township = await organisations.AddAsync(county, planned.Name.Trim(), OrganisationKind.Township, ct: ct);
            await LoginAsync(planned.Office, Roles.TownshipOffice, township);
            await years.AdoptSchemeAsync(township.Id, year, planned.Scheme, ct);
            await years.AdoptStarStandardAsync(township.Id, year, ct);
            foreach (var b in planned.Branches)
            {
                var branch = await organisations.AddAsync(township, b.Name.Trim(), OrganisationKind.Branch, b.Field, ct);
                await LoginAsync(b.Secretary, Roles.BranchSecretary, branch);
                await LoginAsync(b.Clerk, Roles.BranchClerk, branch);
                await LoginAsync(b.EvaluationGroup, Roles.EvaluationGroup, branch);
                foreach (var group in b.PartyGroups ?? [])
                    await organisations.AddAsync(branch, group.Trim(), OrganisationKind.PartyGroup, ct: ct);
            }
        }
        await transaction.CommitAsync(ct);
        return created;
    }
}
