using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Organisations;

/// <summary>
/// A node of the party organisation tree. <see cref="Path"/> holds the ids from the root
/// ("/1/4/9/") so that "this organisation and everything below" is a prefix match,
/// which every scoped query relies on.
/// </summary>
public class Organisation
{
    public const int NameMaxLength = 100;
    public const int PathMaxLength = 200;

    private static readonly Dictionary<OrganisationKind, OrganisationKind[]> AllowedChildren = new()
    {
        [OrganisationKind.County] = [OrganisationKind.Township],
        [OrganisationKind.Township] = [OrganisationKind.GeneralBranch, OrganisationKind.Branch],
        [OrganisationKind.GeneralBranch] = [OrganisationKind.Branch],
        [OrganisationKind.Branch] = [OrganisationKind.PartyGroup],
        [OrganisationKind.PartyGroup] = [],
    };

    private Organisation() { Name = string.Empty; Path = string.Empty; }

    private Organisation(string name, OrganisationKind kind, Organisation? parent, BranchField? field)
    {
        Name = Guard.Text(name, NameMaxLength, "organisation.name");
        Kind = kind;
        Parent = parent;
        ParentId = parent?.Id;
        Field = kind == OrganisationKind.Branch ? field ?? throw new DomainException("organisation.field", "a branch needs a field") : null;
        Path = string.Empty;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public int? ParentId { get; private set; }
    public Organisation? Parent { get; private set; }
    public BranchField? Field { get; private set; }

    /// <summary>Materialised path of ids, e.g. "/1/4/9/"; set once the id is known.</summary>
    public string Path { get; private set; }

    /// <summary>
    /// The day the organisation was closed (撤销), or null while it works. A closed organisation is never deleted: its
    /// members' ledgers, sheets and ratings keep pointing at it, so a past year still reads and recomputes the same.
    /// </summary>
    public DateOnly? ClosedOn { get; private set; }

    public bool IsClosed => ClosedOn is not null;

    /// <summary>Optimistic concurrency token: several office users maintain the tree.</summary>
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public static Organisation CreateCounty(string name) => new(name, OrganisationKind.County, null, null);

    public Organisation AddChild(string name, OrganisationKind kind, BranchField? field = null)
    {
        if (IsClosed)
            throw new DomainException("organisation.closed", "a closed organisation takes no new children");
        if (!AllowedChildren[Kind].Contains(kind))
            throw new DomainException("organisation.kind", $"a {Kind} cannot contain a {kind}");
        return new Organisation(name, kind, this, field);
    }

    /// <summary>Called after the store assigns the id; the parent's path must already be set.</summary>
    public void AssignPath()
    {
        if (Id == 0)
            throw new InvalidOperationException("The organisation has no id yet.");
        var parentPath = Parent?.Path ?? "/";
        if (Parent is not null && string.IsNullOrEmpty(parentPath))
            throw new InvalidOperationException("The parent's path is not set yet.");
        Path = $"{parentPath}{Id}/";
    }

    /// <summary>
    /// This organisation is the ancestor or below it. Fails closed: an organisation whose path is not set yet
    /// contains nothing (an empty prefix would otherwise match every organisation in the tree).
    /// </summary>
    public bool IsWithin(Organisation ancestor) =>
        ancestor.Path.Length > 0 && Path.StartsWith(ancestor.Path, StringComparison.Ordinal);

    public void Rename(string name)
    {
        Name = Guard.Text(name, NameMaxLength, "organisation.name");
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>Whether this organisation may directly contain one of the given kind (county → township → … → party group).</summary>
    public bool MayContain(OrganisationKind kind) => Allows(Kind, kind);

    /// <summary>Whether the tree lets a <paramref name="parent"/> kind directly contain a <paramref name="child"/> kind.</summary>
    public static bool Allows(OrganisationKind parent, OrganisationKind child) =>
        AllowedChildren.TryGetValue(parent, out var kinds) && kinds.Contains(child);

    /// <summary>Whether an organisation of this kind may sit directly under <paramref name="parent"/>.</summary>
    public bool MayMoveUnder(Organisation parent) => AllowedChildren[parent.Kind].Contains(Kind);

    /// <summary>
    /// Puts the organisation under another parent. Its own path changes here; the caller rewrites the paths of everything
    /// below it (<see cref="ReplacePathPrefix"/>) in the same transaction, or scoped queries would split the subtree.
    /// </summary>
    public void MoveTo(Organisation parent)
    {
        if (Kind == OrganisationKind.County || Parent is null)
            throw new DomainException("organisation.move.root", "the top organisation cannot move");
        if (parent.IsWithin(this))
            throw new DomainException("organisation.move.below", "an organisation cannot move below itself");
        if (!MayMoveUnder(parent))
            throw new DomainException("organisation.kind", $"a {parent.Kind} cannot contain a {Kind}");
        if (parent.IsClosed || IsClosed)
            throw new DomainException("organisation.closed", "a closed organisation does not move or take children");
        Parent = parent;
        ParentId = parent.Id;
        Path = $"{parent.Path}{Id}/";
        ConcurrencyStamp = Guid.NewGuid();
    }

    /// <summary>For an organisation below one that moved: swaps the moved organisation's old path for its new one.</summary>
    public void ReplacePathPrefix(string oldPrefix, string newPrefix)
    {
        if (!Path.StartsWith(oldPrefix, StringComparison.Ordinal))
            throw new InvalidOperationException("The organisation is not below the moved one.");
        Path = newPrefix + Path[oldPrefix.Length..];
    }

    /// <summary>Closes (撤销) the organisation from the given day; its history stays. Closing twice is refused.</summary>
    public void Close(DateOnly on)
    {
        if (Kind == OrganisationKind.County || Parent is null && ParentId is null)
            throw new DomainException("organisation.close.root", "the top organisation cannot be closed");
        if (IsClosed)
            throw new DomainException("organisation.closed", "already closed");
        ClosedOn = on;
        ConcurrencyStamp = Guid.NewGuid();
    }
}
