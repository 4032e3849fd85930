namespace PartyScoring.Domain.Schemes;

/// <summary>
/// What happens when members with the same score straddle the excellent quota's boundary.
/// The rule is stated on the scheme and shown with every result it affects, never applied silently.
/// </summary>
public enum QuotaTieRule
{
    /// <summary>The quota is a maximum: members tied at the boundary all miss 优秀 (default).</summary>
    ExcludeAllTied = 1,
    /// <summary>Members tied at the boundary all receive 优秀, even if the quota is exceeded.</summary>
    IncludeAllTied = 2,
}
