using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Administration;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Queries;

/// <summary>What the organisation and user pages list: the signed-in administrator's subtree, read through <see cref="ScopedData"/>.</summary>
public sealed class AdministrationQuery(ScopedData data, UserManager<AppUser> users, IStringLocalizer<SharedResource> t)
{
    /// <summary>The administrator acting, or null for a user without a scope (who then sees nothing).</summary>
    public AdminActor? Actor(ClaimsPrincipal user) =>
        data.Scope is { IsMemberOnly: false } scope && users.GetUserId(user) is { } id
            ? new AdminActor(scope, Roles.All.Where(user.IsInRole).ToList(), id)
            : null;

    public async Task<IReadOnlyList<OrganisationRow>> TreeAsync(CancellationToken ct)
    {
        var scope = data.Scope!;
        var rows = await data.Organisations.AsNoTracking()
            .Select(o => new { o.Id, o.Name, o.Kind, o.Field, o.Path, o.ClosedOn }).ToListAsync(ct);
        var rootDepth = scope.PathIds.Count;
        return rows.OrderBy(o => o.Path, PathOrder.Instance)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.Kind, o.Field, o.Path.Count(c => c == '/') - 1 - rootDepth, o.ClosedOn,
                Manageable: o.Id != scope.OrganisationId))
            .ToList();
    }

    /// <summary>Open organisations that may take children (or, with <paramref name="kind"/>, a child of that kind).</summary>
    public async Task<IReadOnlyList<OrganisationOption>> ParentsAsync(CancellationToken ct, OrganisationRow? moving = null)
    {
        var tree = await TreeAsync(ct);
        var below = moving is null ? [] : await BelowAsync(moving.Id, ct);
        return tree.Where(o => o.ClosedOn is null && o.Kind != OrganisationKind.PartyGroup && !below.Contains(o.Id))
            .Where(o => moving is null || Organisation.Allows(o.Kind, moving.Kind))
            .Select(o => Option(o)).ToList();
    }

    public async Task<IReadOnlyList<OrganisationOption>> OrganisationsAsync(CancellationToken ct) =>
        (await TreeAsync(ct)).Where(o => o.ClosedOn is null && o.Kind != OrganisationKind.PartyGroup).Select(o => Option(o)).ToList();

    /// <summary>Members of the scope (not departed) who have no login yet, to link to a new one.</summary>
    public async Task<IReadOnlyList<MemberOption>> MembersWithoutLoginAsync(int? include, CancellationToken ct)
    {
        var linked = users.Users.Where(u => u.MemberId != null).Select(u => u.MemberId!.Value);
        var rows = await data.Members.AsNoTracking()
            .Where(m => (m.LeftOn == null && !linked.Contains(m.Id)) || m.Id == include)
            .OrderBy(m => m.BranchId).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Name, m.BranchId }).ToListAsync(ct);
        var branches = await data.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Branch)
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return rows.Select(m => new MemberOption(m.Id, $"{m.Name}（{branches.GetValueOrDefault(m.BranchId)} · {m.Id}）")).ToList();
    }

    public Task<int?> ParentIdAsync(int id, CancellationToken ct) =>
        data.Organisations.Where(o => o.Id == id).Select(o => o.ParentId).SingleOrDefaultAsync(ct);

    private async Task<HashSet<int>> BelowAsync(int id, CancellationToken ct)
    {
        var path = await data.Organisations.Where(o => o.Id == id).Select(o => o.Path).SingleAsync(ct);
        return (await data.Organisations.Where(o => o.Path.StartsWith(path)).Select(o => o.Id).ToListAsync(ct)).ToHashSet();
    }

    private OrganisationOption Option(OrganisationRow o) =>
        new(o.Id, new string('　', Math.Max(0, o.Depth)) + o.Name + "（" + t["OrgKind_" + o.Kind] + "）");

    /// <summary>Orders paths as a tree walk: "/1/2/" before "/1/2/10/" before "/1/3/", comparing ids as numbers.</summary>
    private sealed class PathOrder : IComparer<string>
    {
        public static readonly PathOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = (x ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
            var b = (y ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var c = long.Parse(a[i], System.Globalization.CultureInfo.InvariantCulture)
                    .CompareTo(long.Parse(b[i], System.Globalization.CultureInfo.InvariantCulture));
                if (c != 0)
                    return c;
            }
            return a.Length.CompareTo(b.Length);
        }
    }
}
