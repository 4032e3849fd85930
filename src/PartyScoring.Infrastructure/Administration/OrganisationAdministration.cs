using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Quarters;

namespace PartyScoring.Infrastructure.Administration;

/// <summary>A new organisation as typed into the form.</summary>
public sealed record NewOrganisation(string? Name, OrganisationKind? Kind, int? ParentId, BranchField? Field);

/// <summary>
/// The organisation page's use cases (issue 13 §2): create, rename, move and close within the administrator's own subtree.
/// The county administers its townships, a township office only what lies below it; an administrator never renames, moves
/// or closes their own scope's top organisation (that belongs to the level above). Nothing is ever deleted.
/// </summary>
public sealed class OrganisationAdministration(PartyScoringDbContext db, OrganisationCommands organisations, TimeProvider clock)
{
    public async Task<AdminOutcome> CreateAsync(AdminActor actor, NewOrganisation form, CancellationToken ct = default)
    {
        if (Problem(form.Name) is { } nameProblem)
            return nameProblem;
        if (form.Kind is not { } kind || !Enum.IsDefined(kind))
            return AdminOutcome.Invalid("Kind", "Admin_KindUnknown");
        if (form.Field is { } f && !Enum.IsDefined(f))
            return AdminOutcome.Invalid("Field", "Admin_FieldUnknown");
        if (form.ParentId is not { } parentId || await InScopeAsync(actor, parentId, includeRoot: true, ct) is not { } parent)
            return AdminOutcome.Invalid("ParentId", "Admin_ParentOutOfScope");
        if (parent.IsClosed)
            return AdminOutcome.Invalid("ParentId", "Admin_ParentClosed");
        if (kind == OrganisationKind.Branch && form.Field is null)
            return AdminOutcome.Invalid("Field", "Admin_FieldMissing");
        if (!parent.MayContain(kind))
            return AdminOutcome.Invalid("Kind", "Admin_KindNotUnder", parent.Name);
        var name = form.Name!.Trim();
        if (await SiblingNamedAsync(parent.Id, name, null, ct))
            return AdminOutcome.Invalid("Name", "Admin_NameTaken", name);
        await organisations.AddAsync(parent, name, kind, kind == OrganisationKind.Branch ? form.Field : null, ct);
        return AdminOutcome.Ok;
    }

    public async Task<AdminOutcome> RenameAsync(AdminActor actor, int id, string? name, CancellationToken ct = default)
    {
        if (await InScopeAsync(actor, id, includeRoot: false, ct) is not { } organisation)
            return AdminOutcome.NotFound;
        if (Problem(name) is { } problem)
            return problem;
        var trimmed = name!.Trim();
        if (trimmed == organisation.Name)
            return AdminOutcome.Ok;
        if (await SiblingNamedAsync(organisation.ParentId, trimmed, organisation.Id, ct))
            return AdminOutcome.Invalid("Name", "Admin_NameTaken", trimmed);
        organisation.Rename(trimmed);
        await db.SaveChangesAsync(ct);
        return AdminOutcome.Ok;
    }

    /// <summary>
    /// Moves an organisation with everything below it. Every path of the subtree changes, all in one transaction: scoped
    /// queries match on the path prefix, so a half-moved subtree would show some branches to the wrong township.
    /// </summary>
    public async Task<AdminOutcome> MoveAsync(AdminActor actor, int id, int? parentId, CancellationToken ct = default)
    {
        if (await InScopeAsync(actor, id, includeRoot: false, ct) is not { } organisation)
            return AdminOutcome.NotFound;
        if (parentId is not { } pid || await InScopeAsync(actor, pid, includeRoot: true, ct) is not { } parent)
            return AdminOutcome.Invalid("ParentId", "Admin_ParentOutOfScope");
        if (parent.Id == organisation.ParentId)
            return AdminOutcome.Invalid("ParentId", "Admin_AlreadyThere", parent.Name);
        if (organisation.IsClosed)
            return AdminOutcome.Invalid("ParentId", "Admin_Closed", organisation.Name);
        if (parent.IsWithin(organisation))
            return AdminOutcome.Invalid("ParentId", "Admin_MoveBelowItself");
        if (parent.IsClosed)
            return AdminOutcome.Invalid("ParentId", "Admin_ParentClosed");
        if (!organisation.MayMoveUnder(parent))
            return AdminOutcome.Invalid("ParentId", "Admin_KindNotUnder", parent.Name);
        if (await SiblingNamedAsync(parent.Id, organisation.Name, organisation.Id, ct))
            return AdminOutcome.Invalid("ParentId", "Admin_NameTaken", organisation.Name);

        var oldPath = organisation.Path;
        var below = await db.Organisations.Where(o => o.Path.StartsWith(oldPath) && o.Id != organisation.Id).ToListAsync(ct);
        var newPath = $"{parent.Path}{organisation.Id}/";
        if (below.Select(o => o.Path.Length).Append(oldPath.Length).Max() - oldPath.Length + newPath.Length > Organisation.PathMaxLength)
            return AdminOutcome.Invalid("ParentId", "Admin_TooDeep");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        organisation.MoveTo(parent);
        foreach (var child in below)
            child.ReplacePathPrefix(oldPath, organisation.Path);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return AdminOutcome.Ok;
    }

    public async Task<AdminOutcome> CloseAsync(AdminActor actor, int id, DateOnly? on, CancellationToken ct = default)
    {
        if (await InScopeAsync(actor, id, includeRoot: false, ct) is not { } organisation)
            return AdminOutcome.NotFound;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (on is not { } day)
            return AdminOutcome.Invalid("On", "Admin_CloseDateMissing");
        // A closing day far in the past or future is a typo, not a decision: within a year either way.
        if (day < today.AddYears(-1) || day > today.AddYears(1))
            return AdminOutcome.Invalid("On", "Admin_CloseDateRange");
        if (organisation.IsClosed)
            return AdminOutcome.Invalid("On", "Admin_Closed", organisation.Name);
        // Closing a township or branch that still has working organisations below would leave them orphaned in practice.
        var prefix = organisation.Path;
        if (await db.Organisations.AnyAsync(o => o.Path.StartsWith(prefix) && o.Id != organisation.Id && o.ClosedOn == null, ct))
            return AdminOutcome.Invalid("On", "Admin_CloseChildrenOpen");
        organisation.Close(day);
        await db.SaveChangesAsync(ct);
        return AdminOutcome.Ok;
    }

    /// <summary>The organisation if it lies in the actor's subtree (the scope's own organisation only when asked).</summary>
    private async Task<Organisation?> InScopeAsync(AdminActor actor, int id, bool includeRoot, CancellationToken ct)
    {
        var prefix = actor.Scope.OrganisationPath;
        if (prefix.Length == 0)
            return null;
        // The parent comes along: moving and closing check the organisation's place in the tree.
        var organisation = await db.Organisations.Include(o => o.Parent).SingleOrDefaultAsync(o => o.Id == id && o.Path.StartsWith(prefix), ct);
        return organisation is null || (!includeRoot && organisation.Id == actor.Scope.OrganisationId) ? null : organisation;
    }

    private Task<bool> SiblingNamedAsync(int? parentId, string name, int? except, CancellationToken ct) =>
        db.Organisations.AnyAsync(o => o.ParentId == parentId && o.Name == name && o.Id != except, ct);

    private static AdminOutcome? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return AdminOutcome.Invalid("Name", "Admin_NameMissing");
        if (name.Trim().Length > Organisation.NameMaxLength)
            return AdminOutcome.Invalid("Name", "Admin_NameTooLong", Organisation.NameMaxLength);
        return null;
    }
}
