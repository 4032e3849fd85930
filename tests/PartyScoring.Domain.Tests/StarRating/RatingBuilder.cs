using PartyScoring.Domain.StarRating;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.StarRating;

/// <summary>The seed-001 preset with ids, and branch ratings driven through self-evaluation and township evaluation.</summary>
internal static class RatingBuilder
{
    public static readonly DateTimeOffset At = new(2026, 12, 20, 0, 0, 0, TimeSpan.Zero);

    public static RatingStandard Standard(int townshipId = 2)
    {
        var standard = Ids.Assign(RatingPresets.Seed001(townshipId, 2026), 1);
        var id = 1;
        foreach (var item in standard.Items)
            Ids.Assign(item, id++);
        return standard;
    }

    /// <summary>
    /// A rating with the base items scaled to <paramref name="baseScore"/> (whole points taken off the first items),
    /// bonus on J1/J2 and one deduction on K1, then evaluated by the township with <paramref name="review"/>.
    /// </summary>
    public static BranchRating Evaluated(RatingStandard standard, int branchId, decimal baseScore, decimal review,
        decimal bonus = 0, decimal deduction = 0)
    {
        var rating = Ids.Assign(new BranchRating(standard, branchId), branchId);
        rating.SelfEvaluate(standard, Inputs(standard, baseScore, bonus, deduction), "secretary", At);
        rating.EvaluateByTownship(standard, new Dictionary<int, ScoreInput>(), review, "office", At);
        return rating;
    }

    public static Dictionary<int, ScoreInput> Inputs(RatingStandard standard, decimal baseScore, decimal bonus = 0, decimal deduction = 0)
    {
        var inputs = new Dictionary<int, ScoreInput>();
        var missing = 100m - baseScore;
        foreach (var item in standard.ItemsOf(RatingItemKind.Base))
        {
            var off = Math.Min(missing, item.Points);
            missing -= off;
            inputs[item.Id] = new ScoreInput(item.Points - off, "自查情况");
        }
        var j1 = standard.Items.Single(i => i.Code == "J1");
        var j2 = standard.Items.Single(i => i.Code == "J2");
        inputs[j1.Id] = new ScoreInput(Math.Min(bonus, 10), null);
        inputs[j2.Id] = new ScoreInput(Math.Max(0, Math.Min(bonus - 10, 10)), null);
        if (bonus > 20)
            inputs[standard.Items.Single(i => i.Code == "J3").Id] = new ScoreInput(bonus - 20, null);
        inputs[standard.Items.Single(i => i.Code == "K1").Id] = new ScoreInput(deduction, null);
        return inputs;
    }
}
