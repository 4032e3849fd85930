using PartyScoring.Domain.Schemes;

namespace PartyScoring.Web.ViewModels;

/// <summary>
/// What wwwroot/js/grid-totals.js needs to compute a member's year as the engine does (PointsCalculator): the base,
/// the duty cap, the annual bonus cap, each base category's maximum and each item's kind, category and annual cap.
/// Taken from the scheme in force, so the page and the server cannot disagree about a cap.
/// </summary>
public sealed record GridCapsViewModel(
    bool StartFull,
    decimal BasePoints,
    decimal DutyCap,
    decimal? BonusCap,
    IReadOnlyDictionary<string, decimal> Categories,
    IReadOnlyDictionary<int, GridItemCapViewModel> Items)
{
    public static GridCapsViewModel From(ScoringScheme scheme) => new(
        scheme.BaseMode == BaseMode.StartFullAndDeduct,
        scheme.BasePoints,
        scheme.DutyCap,
        scheme.BonusAnnualCap,
        scheme.Categories.ToDictionary(c => c.Code, c => c.MaxPoints),
        scheme.Items.Where(i => i.Kind != ItemKind.Veto)
            .ToDictionary(i => i.Id, i => new GridItemCapViewModel(i.Kind.ToString(), i.Sign, i.AnnualCap, i.CategoryCode)));
}

public sealed record GridItemCapViewModel(string Kind, int Sign, decimal? Cap, string? Category);
