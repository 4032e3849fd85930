using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Administration;

namespace PartyScoring.Web.ViewModels;

/// <summary>The new-organisation form as posted (every field optional, so a missing one gets our message, not the binder's).</summary>
public sealed class OrganisationForm
{
    public string? Name { get; set; }
    public OrganisationKind? Kind { get; set; }
    public int? ParentId { get; set; }
    public BranchField? Field { get; set; }
}

/// <summary>One organisation of the tree, indented by its depth below the administrator's own.</summary>
public sealed record OrganisationRow(int Id, string Name, OrganisationKind Kind, BranchField? Field, int Depth, DateOnly? ClosedOn, bool Manageable);

/// <summary>A choice in a parent or organisation list.</summary>
public sealed record OrganisationOption(int Id, string Label);

public sealed record OrganisationsPageViewModel(IReadOnlyList<OrganisationRow> Tree, IReadOnlyList<OrganisationOption> Parents,
    IReadOnlyList<OrganisationKind> Kinds, OrganisationForm Form, string? Error, string? ErrorField);

/// <summary>Rename, move and close one organisation. The typed values come back on a refusal.</summary>
public sealed record OrganisationEditViewModel(OrganisationRow Organisation, int? ParentId, IReadOnlyList<OrganisationOption> Parents,
    string Name, int? MoveTo, string On, string? Error, string? ErrorField);

/// <summary>The new-user form as posted.</summary>
public sealed class UserCreateForm
{
    public string? UserName { get; set; }
    public string? DisplayName { get; set; }
    public string? Role { get; set; }
    public int? OrganisationId { get; set; }
    public int? MemberId { get; set; }
}

public sealed record MemberOption(int Id, string Label);

public sealed record UsersPageViewModel(IReadOnlyList<UserRow> Users, IReadOnlyList<string> Roles, IReadOnlyList<OrganisationOption> Organisations,
    IReadOnlyList<MemberOption> Members, UserCreateForm Form, string? Error, string? ErrorField);

public sealed record UserEditViewModel(UserRow User, IReadOnlyList<string> Roles, IReadOnlyList<OrganisationOption> Organisations,
    IReadOnlyList<MemberOption> Members, string? Role, int? OrganisationId, int? MemberId, string? Error)
{
    /// <summary>The administrator's own login: listed, but changed only through their own password and security pages.</summary>
    public bool IsSelf { get; init; }
}

/// <summary>A one-time password, shown on the response to the post that made it and never again.</summary>
public sealed record InitialPasswordViewModel(string UserName, string DisplayName, string Password, bool Created);

public sealed record BranchLoginsViewModel(int BranchId, string Branch, int Without, string? Error);

public sealed record LoginSheetViewModel(string Branch, IReadOnlyList<IssuedLogin> Logins);
