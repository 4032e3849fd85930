using Microsoft.AspNetCore.Identity;

namespace PartyScoring.Infrastructure.Identity;

/// <summary>
/// A login. Every user belongs to an organisation (their scope); a member's login also points at
/// their member record, which narrows their scope to themself.
/// </summary>
public class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 50;

    public string DisplayName { get; set; } = string.Empty;
    public int OrganisationId { get; set; }
    public int? MemberId { get; set; }
    /// <summary>Set for initial and demo accounts outside the demo, so the first login asks for a new password.</summary>
    public bool MustChangePassword { get; set; }
}
