using PartyScoring.Domain.Schemes;

namespace PartyScoring.Web.ViewModels;

/// <summary>One year of the township: its scheme (newest version) and whether its star-rating standard exists.</summary>
public sealed record YearSetupRow(int Year, string? SchemeName, int? SchemeVersion, SchemeState? SchemeState, bool HasStandard);

/// <summary>The office's year-setup page: this year and next, and the forms that prepare a year's scheme and standard.</summary>
public sealed record YearSetupViewModel(string Township, IReadOnlyList<YearSetupRow> Years, IReadOnlyList<string> Sources)
{
    public string? Error { get; init; }
    public string? Success { get; init; }
    /// <summary>What the user chose, given back after a refusal.</summary>
    public int? FormYear { get; init; }
    public string? FormSource { get; init; }
}
