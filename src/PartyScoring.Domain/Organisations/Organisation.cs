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

    /// <summary>Optimistic concurrency token: several office users maintain the tree.</summary>
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public static Organisation CreateCounty(string name) => new(name, OrganisationKind.County, null, null);

    public Organisation AddChild(string name, OrganisationKind kind, BranchField? field = null)
    {
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
}
