namespace PartyScoring.Infrastructure.Identity;

/// <summary>Claims that carry a user's scope in the cookie, so scoping a query needs no extra lookup.</summary>
public static class ScopeClaims
{
    public const string OrganisationId = "ps:org";
    public const string OrganisationPath = "ps:orgpath";
    public const string MemberId = "ps:member";
    public const string DisplayName = "ps:name";
    /// <summary>Present while the user must choose a new password before anything else.</summary>
    public const string MustChangePassword = "ps:mustchange";
    /// <summary>Present while the user has two-factor sign-in turned on.</summary>
    public const string TwoFactor = "ps:2fa";
}
