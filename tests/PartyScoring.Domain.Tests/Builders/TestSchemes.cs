using PartyScoring.Domain.Schemes;

namespace PartyScoring.Domain.Tests.Builders;

/// <summary>The shipped presets as a township would copy them, with ids the database would have given.</summary>
internal static class TestSchemes
{
    public const int TownshipId = 2;
    public const int Year = 2025;

    public static ScoringScheme Preset(string key, Func<SchemeRules, SchemeRules>? editRules = null)
    {
        var scheme = SchemePresets.Create(key, TownshipId, Year);
        if (editRules is not null)
            scheme.UpdateRules(editRules(scheme.Rules));
        return WithIds(scheme);
    }

    public static ScoringScheme Township000(Func<SchemeRules, SchemeRules>? editRules = null) => Preset(SchemePresets.Township000, editRules);
    public static ScoringScheme District002(Func<SchemeRules, SchemeRules>? editRules = null) => Preset(SchemePresets.District002, editRules);
    public static ScoringScheme County003(Func<SchemeRules, SchemeRules>? editRules = null) => Preset(SchemePresets.County003, editRules);
    public static ScoringScheme ScoreSheet004(Func<SchemeRules, SchemeRules>? editRules = null) => Preset(SchemePresets.ScoreSheet004, editRules);

    /// <summary>Gives the scheme and every item still without an id a distinct one; safe to call again after adding items.</summary>
    public static ScoringScheme WithIds(ScoringScheme scheme)
    {
        if (scheme.Id == 0)
            Ids.Assign(scheme, 1);
        var next = scheme.Items.Select(i => i.Id).DefaultIfEmpty(0).Max() + 1;
        foreach (var item in scheme.Items.Where(i => i.Id == 0))
            Ids.Assign(item, next++);
        return scheme;
    }

    public static SchemeItem Item(this ScoringScheme scheme, string code) =>
        scheme.Items.Single(i => i.Code == code && i.BranchId is null);

    /// <summary>A scheme with the minimum the constructor needs, for the scheme's own state rules.</summary>
    public static ScoringScheme Blank(BaseMode mode = BaseMode.StartFullAndDeduct) =>
        new(TownshipId, Year, "Test scheme", Rules(mode));

    public static SchemeRules Rules(BaseMode mode = BaseMode.StartFullAndDeduct) =>
        new(mode, 80, 20, null, EvaluationMode.None, 0, 0, 0, 0, null, QuotaTieRule.ExcludeAllTied, 5, null,
            new YearEndDeadline(12, 25, false));
}
