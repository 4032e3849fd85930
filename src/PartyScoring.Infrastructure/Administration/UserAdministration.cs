using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Quarters;

namespace PartyScoring.Infrastructure.Administration;

/// <summary>A login as typed into the create form.</summary>
public sealed record UserForm(string? UserName, string? DisplayName, string? Role, int? OrganisationId, int? MemberId);

/// <summary>One login of the administrator's subtree, for the list.</summary>
public sealed record UserRow(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, int OrganisationId,
    string OrganisationName, string OrganisationPath, int? MemberId, bool Locked, bool MustChangePassword);

/// <summary>A member login made for a whole branch, with the one-time password to hand out.</summary>
public sealed record IssuedLogin(string UserName, string DisplayName, string InitialPassword);

/// <summary>
/// The user page's use cases (issue 13 §3). Least privilege: an administrator sees and changes only logins scoped inside
/// their own subtree, never their own, never one holding a role above theirs, and grants no role above their own. A
/// change of role or scope, a reset and a lock renew the security stamp, so the user's open sessions end.
/// </summary>
public sealed class UserAdministration(PartyScoringDbContext db, UserManager<AppUser> users, UserCommands commands)
{
    public const int UserNameMaxLength = 50;

    public async Task<IReadOnlyList<UserRow>> ListAsync(AdminActor actor, CancellationToken ct = default)
    {
        var prefix = actor.Scope.OrganisationPath;
        var rows = await (from u in db.Users
                          join o in db.Organisations on u.OrganisationId equals o.Id
                          where o.Path.StartsWith(prefix)
                          select new { u.Id, u.UserName, u.DisplayName, u.OrganisationId, o.Name, o.Path, u.MemberId, u.LockoutEnd, u.MustChangePassword })
            .AsNoTracking().ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).AsNoTracking().ToListAsync(ct);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return rows.Select(r => new UserRow(r.Id, r.UserName!, r.DisplayName, byUser[r.Id].ToList(), r.OrganisationId, r.Name, r.Path,
                r.MemberId, r.LockoutEnd > DateTimeOffset.UtcNow, r.MustChangePassword))
            .OrderBy(r => r.OrganisationPath.Length).ThenBy(r => r.OrganisationPath, StringComparer.Ordinal)
            .ThenByDescending(r => r.Roles.Select(AdminActor.Rank).DefaultIfEmpty(0).Max())
            .ThenBy(r => r.UserName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A login the actor may administer: in their subtree, not their own, holding no role above theirs.</summary>
    public async Task<AppUser?> FindAsync(AdminActor actor, string? id, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(id) || id == actor.UserId)
            return null;
        var prefix = actor.Scope.OrganisationPath;
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id
            && db.Organisations.Any(o => o.Id == u.OrganisationId && o.Path.StartsWith(prefix)), ct);
        if (user is null)
            return null;
        var held = await users.GetRolesAsync(user);
        return held.Any(r => AdminActor.Rank(r) > actor.OwnRank) ? null : user;
    }

    /// <returns>The outcome and, when created, the one-time initial password.</returns>
    public async Task<(AdminOutcome Outcome, string? Password)> CreateAsync(AdminActor actor, UserForm form, CancellationToken ct = default)
    {
        var userName = form.UserName?.Trim() ?? "";
        if (userName.Length == 0)
            return (AdminOutcome.Invalid("UserName", "Admin_UserNameMissing"), null);
        if (userName.Length > UserNameMaxLength || userName.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
            return (AdminOutcome.Invalid("UserName", "Admin_UserNameInvalid", UserNameMaxLength), null);
        if (DisplayNameProblem(form.DisplayName) is { } displayProblem)
            return (displayProblem, null);
        var (placement, organisationId) = await PlacementAsync(actor, form.Role, form.OrganisationId, form.MemberId, null, ct);
        if (placement is not null)
            return (placement, null);
        if (await users.FindByNameAsync(userName) is not null)
            return (AdminOutcome.Invalid("UserName", "Admin_UserNameTaken", userName), null);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var password = await commands.CreateAsync(new NewUser(userName, form.DisplayName!.Trim(), form.Role!, organisationId, form.MemberId), ct: ct);
        await transaction.CommitAsync(ct);
        return (AdminOutcome.Ok, password);
    }

    /// <summary>Gives the login one role and scope in place of what it held; its sessions end (security stamp).</summary>
    public async Task<AdminOutcome> ChangeRoleAsync(AdminActor actor, string? id, string? role, int? organisationId, int? memberId,
        CancellationToken ct = default)
    {
        if (await FindAsync(actor, id, ct) is not { } user)
            return AdminOutcome.NotFound;
        var (placement, organisation) = await PlacementAsync(actor, role, organisationId, memberId, user.Id, ct);
        if (placement is not null)
            return placement;
        var held = await users.GetRolesAsync(user);
        if (held.Count == 1 && held[0] == role && user.OrganisationId == organisation && user.MemberId == memberId)
            return AdminOutcome.Invalid("Role", "Admin_NothingChanged");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (held.Count > 0)
            Check(await users.RemoveFromRolesAsync(user, held));
        Check(await users.AddToRoleAsync(user, role!));
        user.OrganisationId = organisation;
        user.MemberId = memberId;
        Check(await users.UpdateAsync(user));
        // The scope is in the cookie's claims: a new stamp makes the next validation refuse the old cookie.
        Check(await users.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync(ct);
        return AdminOutcome.Ok;
    }

    /// <returns>The new one-time password, to be changed at the next sign-in.</returns>
    public async Task<(AdminOutcome Outcome, string? Password)> ResetPasswordAsync(AdminActor actor, string? id, CancellationToken ct = default)
    {
        if (await FindAsync(actor, id, ct) is not { } user)
            return (AdminOutcome.NotFound, null);
        var password = UserCommands.InitialPassword();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        Check(await users.ResetPasswordAsync(user, token, password));
        user.MustChangePassword = true;
        Check(await users.UpdateAsync(user));
        await transaction.CommitAsync(ct);
        return (AdminOutcome.Ok, password);
    }

    /// <summary>Locks the login until an administrator unlocks it (its sessions end at once).</summary>
    public async Task<AdminOutcome> LockAsync(AdminActor actor, string? id, CancellationToken ct = default)
    {
        if (await FindAsync(actor, id, ct) is not { } user)
            return AdminOutcome.NotFound;
        if (user.LockoutEnd > DateTimeOffset.UtcNow)
            return AdminOutcome.Invalid("id", "Admin_AlreadyLocked", user.UserName!);
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        return AdminOutcome.Ok;
    }

    public async Task<AdminOutcome> UnlockAsync(AdminActor actor, string? id, CancellationToken ct = default)
    {
        if (await FindAsync(actor, id, ct) is not { } user)
            return AdminOutcome.NotFound;
        if (!(user.LockoutEnd > DateTimeOffset.UtcNow))
            return AdminOutcome.Invalid("id", "Admin_NotLocked", user.UserName!);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await transaction.CommitAsync(ct);
        return AdminOutcome.Ok;
    }

    /// <summary>
    /// 停用: the login loses every role and is locked. It is kept, not deleted, so the audit log and the records it signed
    /// keep a name; giving it a role and unlocking it brings it back.
    /// </summary>
    public async Task<AdminOutcome> DeactivateAsync(AdminActor actor, string? id, CancellationToken ct = default)
    {
        if (await FindAsync(actor, id, ct) is not { } user)
            return AdminOutcome.NotFound;
        var held = await users.GetRolesAsync(user);
        if (held.Count == 0)
            return AdminOutcome.Invalid("id", "Admin_AlreadyDeactivated", user.UserName!);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(await users.RemoveFromRolesAsync(user, held));
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        await transaction.CommitAsync(ct);
        return AdminOutcome.Ok;
    }

    /// <summary>Members of the branch (scored there, not departed) who have no login yet.</summary>
    public async Task<(Organisation? Branch, int Without)> BranchAsync(AdminActor actor, int branchId, CancellationToken ct = default)
    {
        var branch = await BranchInScopeAsync(actor, branchId, ct);
        if (branch is null)
            return (null, 0);
        return (branch, await WithoutLoginAsync(branch.Id).CountAsync(ct));
    }

    /// <summary>
    /// Member logins for every member of a branch who has none, in one transaction. The user name is "m" and the member's
    /// record number (m1234): unique without asking anyone to invent names, short to type from the printed sheet, and
    /// free of the member's name, so the sheet reveals nothing if it is lost. The passwords are returned once, to print;
    /// only their hashes are stored.
    /// </summary>
    public async Task<(AdminOutcome Outcome, IReadOnlyList<IssuedLogin> Logins, string? Branch)> CreateBranchMemberLoginsAsync(
        AdminActor actor, int branchId, CancellationToken ct = default)
    {
        if (!actor.MayGrant(Roles.Member))
            return (AdminOutcome.Forbidden, [], null);
        if (await BranchInScopeAsync(actor, branchId, ct) is not { } branch)
            return (AdminOutcome.NotFound, [], null);
        var members = await WithoutLoginAsync(branch.Id).OrderBy(m => m.Id).Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        if (members.Count == 0)
            return (AdminOutcome.Invalid("branchId", "Admin_AllHaveLogins", branch.Name), [], branch.Name);
        var issued = new List<IssuedLogin>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var member in members)
        {
            var userName = $"m{member.Id}";
            // Someone may have taken the plain name by hand; a suffix keeps the rule readable.
            for (var n = 2; await users.FindByNameAsync(userName) is not null; n++)
                userName = $"m{member.Id}-{n}";
            var displayName = member.Name.Length > AppUser.DisplayNameMaxLength ? member.Name[..AppUser.DisplayNameMaxLength] : member.Name;
            var password = await commands.CreateAsync(new NewUser(userName, displayName, Roles.Member, branch.Id, member.Id), ct: ct);
            issued.Add(new IssuedLogin(userName, displayName, password));
        }
        await transaction.CommitAsync(ct);
        return (AdminOutcome.Ok, issued, branch.Name);
    }

    private IQueryable<Domain.Members.Member> WithoutLoginAsync(int branchId) =>
        db.Members.Where(m => m.BranchId == branchId && m.LeftOn == null && !db.Users.Any(u => u.MemberId == m.Id));

    private Task<Organisation?> BranchInScopeAsync(AdminActor actor, int branchId, CancellationToken ct)
    {
        var prefix = actor.Scope.OrganisationPath;
        return db.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch && o.Path.StartsWith(prefix), ct);
    }

    /// <summary>
    /// Checks a role and its scope: a role the actor may grant, an open organisation of the actor's subtree of the level the
    /// role works at, and for a member login the member record (whose branch becomes the scope).
    /// </summary>
    private async Task<(AdminOutcome? Problem, int OrganisationId)> PlacementAsync(AdminActor actor, string? role, int? organisationId,
        int? memberId, string? exceptUserId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(role) || !Roles.All.Contains(role))
            return (AdminOutcome.Invalid("Role", "Admin_RoleUnknown"), 0);
        if (!actor.MayGrant(role))
            return (AdminOutcome.Invalid("Role", "Admin_RoleAbove"), 0);
        var prefix = actor.Scope.OrganisationPath;
        if (memberId is { } mid)
        {
            var member = await db.Members.AsNoTracking().Where(m => m.Id == mid
                    && db.Organisations.Any(o => o.Id == m.BranchId && o.Path.StartsWith(prefix)))
                .Select(m => new { m.Id, m.BranchId }).SingleOrDefaultAsync(ct);
            if (member is null)
                return (AdminOutcome.Invalid("MemberId", "Admin_MemberOutOfScope"), 0);
            // One login per member record: a second would let two people speak as the same member.
            if (await db.Users.AnyAsync(u => u.MemberId == mid && u.Id != exceptUserId, ct))
                return (AdminOutcome.Invalid("MemberId", "Admin_MemberHasLogin"), 0);
            if (role == Roles.Member)
                return (null, member.BranchId);
        }
        else if (role == Roles.Member)
            return (AdminOutcome.Invalid("MemberId", "Admin_MemberMissing"), 0);
        if (organisationId is not { } oid)
            return (AdminOutcome.Invalid("OrganisationId", "Admin_OrganisationOutOfScope"), 0);
        var organisation = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == oid && o.Path.StartsWith(prefix), ct);
        if (organisation is null)
            return (AdminOutcome.Invalid("OrganisationId", "Admin_OrganisationOutOfScope"), 0);
        if (organisation.IsClosed)
            return (AdminOutcome.Invalid("OrganisationId", "Admin_OrganisationClosed", organisation.Name), 0);
        if (!WorksAt(role, organisation.Kind))
            return (AdminOutcome.Invalid("OrganisationId", "Admin_RoleNotAtLevel"), 0);
        return (null, organisation.Id);
    }

    /// <summary>SPEC 1's scopes: the county reviewer a county, the office a township, branch staff a branch (or general branch).</summary>
    private static bool WorksAt(string role, OrganisationKind kind) => role switch
    {
        Roles.CountyReviewer => kind == OrganisationKind.County,
        Roles.TownshipOffice => kind == OrganisationKind.Township,
        Roles.EvaluationGroup => kind is OrganisationKind.Branch or OrganisationKind.GeneralBranch or OrganisationKind.Township,
        _ => kind is OrganisationKind.Branch or OrganisationKind.GeneralBranch,
    };

    private static AdminOutcome? DisplayNameProblem(string? displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName))
            return AdminOutcome.Invalid("DisplayName", "Admin_DisplayNameMissing");
        if (displayName.Trim().Length > AppUser.DisplayNameMaxLength)
            return AdminOutcome.Invalid("DisplayName", "Admin_DisplayNameTooLong", AppUser.DisplayNameMaxLength);
        return null;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("identity: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
