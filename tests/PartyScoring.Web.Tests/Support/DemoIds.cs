using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Web.Tests.Support;

/// <summary>What an action's parameter names: a record of some branch, or a plain value.</summary>
public enum IdKind { Branch, Member, Sheet, Line, Objection, Rectification, Township, Plain, Unknown }

/// <summary>Real ids of one branch of the demo township, found by parameter name (branch A = 红星村, B = 幸福社区).</summary>
public sealed record BranchIds(int Branch, int Member, int Sheet, long Line, long? Objection, int? Rectification, int Township)
{
    public static async Task<(BranchIds A, BranchIds B)> LoadAsync(AppFactory app) => await app.WithDbAsync(async db =>
    {
        var a = (await db.Users.SingleAsync(u => u.UserName == "clerk1")).OrganisationId;
        var b = (await db.Users.SingleAsync(u => u.UserName == "clerk2")).OrganisationId;
        var township = (await db.Users.SingleAsync(u => u.UserName == "office")).OrganisationId;
        var own = (await db.Users.SingleAsync(u => u.UserName == "member1")).MemberId;
        async Task<BranchIds> Of(int branch) => new(
            branch,
            // neither the signed-in member nor the mobile member (read by both branches)
            await db.Members.Where(m => m.BranchId == branch && m.OutflowBranchId == null && m.Id != own).Select(m => m.Id).FirstAsync(),
            await db.QuarterSheets.Where(s => s.BranchId == branch).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            await db.LedgerLines.Where(l => l.BranchId == branch).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(),
            await db.Objections.Where(o => db.QuarterSheets.Any(s => s.Id == o.SheetId && s.BranchId == branch)).Select(o => (long?)o.Id).FirstOrDefaultAsync(),
            await db.Rectifications.Where(r => r.BranchId == branch).Select(r => (int?)r.Id).FirstOrDefaultAsync(),
            township);
        return (await Of(a), await Of(b));
    });

    /// <summary>
    /// What a parameter refers to. "id" means the controller's own record; the names below are the app's conventions.
    /// A name not known here is filled with the other branch's id and reported.
    /// </summary>
    public static IdKind KindOf(string controller, string action, string name, Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (name == "id" && t == typeof(int))
            return (controller, action) switch
            {
                ("Home", _) => IdKind.Plain,
                ("Quarters", "Branch") => IdKind.Branch,
                ("Exports", "Archive") or ("Portal", _) => IdKind.Member,
                ("Branches" or "Exports" or "StarRatings", _) => IdKind.Branch,
                ("Members", _) => IdKind.Member,
                ("Quarters" or "Notices", _) => IdKind.Sheet,
                ("Rectifications", _) => IdKind.Rectification,
                _ => IdKind.Unknown,
            };
        return name switch
        {
            "branchId" => IdKind.Branch,
            "memberId" => IdKind.Member,
            "sheetId" => IdKind.Sheet,
            "lineId" or "ledgerLineId" => IdKind.Line,
            "objectionId" => IdKind.Objection,
            "rectificationId" => IdKind.Rectification,
            "townshipId" => IdKind.Township,
            _ when t == typeof(int) || t == typeof(long) => name is "year" or "quarter" or "table" or "stars" ? IdKind.Plain : IdKind.Unknown,
            _ => IdKind.Plain,
        };
    }

    /// <summary>The value to send for one parameter, or null to leave it out (optional text, forms, files).</summary>
    public string? ValueFor(IdKind kind, string name, Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return kind switch
        {
            IdKind.Branch or IdKind.Unknown => Branch.ToString(CultureInfo.InvariantCulture),
            IdKind.Member => Member.ToString(CultureInfo.InvariantCulture),
            IdKind.Sheet => Sheet.ToString(CultureInfo.InvariantCulture),
            IdKind.Line => Line.ToString(CultureInfo.InvariantCulture),
            IdKind.Objection => (Objection ?? 999_999).ToString(CultureInfo.InvariantCulture),
            IdKind.Rectification => (Rectification ?? 999_999).ToString(CultureInfo.InvariantCulture),
            IdKind.Township => Township.ToString(CultureInfo.InvariantCulture),
            _ when name == "year" => DateTime.Now.Year.ToString(CultureInfo.InvariantCulture),
            _ when name == "id" && t == typeof(int) => "404",
            _ when t == typeof(int) || t == typeof(long) => "1",
            _ when t == typeof(Guid) => Guid.NewGuid().ToString(),
            _ when t == typeof(bool) => "false",
            _ => null,
        };
    }

    /// <summary>The URL of an action with every simple parameter filled from this branch's ids ("id" in the path).</summary>
    public (string Url, bool Scoped, IReadOnlyList<string> Unknown) UrlFor(RouteAction route)
    {
        var query = new List<string>();
        var path = $"/{route.Controller}/{route.Action}";
        var scoped = false;
        var unknown = new List<string>();
        foreach (var (name, type) in route.Parameters)
        {
            var kind = KindOf(route.Controller, route.Action, name, type);
            if (kind == IdKind.Unknown)
                unknown.Add(name);
            if (kind is not (IdKind.Plain or IdKind.Unknown or IdKind.Township))
                scoped = true;
            var value = ValueFor(kind, name, type);
            if (value is null)
                continue;
            if (name == "id")
                path += "/" + Uri.EscapeDataString(value);
            else
                query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        return (query.Count == 0 ? path : path + "?" + string.Join('&', query), scoped, unknown);
    }
}

public static class DemoUsers
{
    /// <summary>Every role of the demo, branch A staff and member, and branch B staff.</summary>
    public static readonly (string User, string Role, char? Branch)[] All =
    [
        ("office", Roles.TownshipOffice, null), ("county", Roles.CountyReviewer, null),
        ("secretary1", Roles.BranchSecretary, 'A'), ("clerk1", Roles.BranchClerk, 'A'), ("evaluator1", Roles.EvaluationGroup, 'A'),
        ("member1", Roles.Member, 'A'), ("secretary2", Roles.BranchSecretary, 'B'), ("clerk2", Roles.BranchClerk, 'B'),
    ];
}
