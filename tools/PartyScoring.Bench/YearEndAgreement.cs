using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Bench;

/// <summary>
/// The comparison means something only if both sides read the same rows: every member the SQL aggregate sums is in
/// the product's year, and each member's components are the SQL's sums by kind. Where a cap applied (the member's
/// notes say so) the product's figure is the capped one, so it may only be smaller. Checked on every member of the
/// last timed run of each side; a difference stops the benchmark.
/// </summary>
public static class YearEndAgreement
{
    private static readonly ComputationNoteKind[] Caps =
    [
        ComputationNoteKind.ItemCapReached, ComputationNoteKind.CategoryCapReached,
        ComputationNoteKind.DutyCapReached, ComputationNoteKind.BonusCapReached,
    ];

    /// <returns>How many members were compared.</returns>
    public static int Check(IReadOnlyList<BranchYear> product, IReadOnlyDictionary<(int MemberId, int Kind), double> sql)
    {
        var results = product.SelectMany(b => b.Everyone.Select(r => (b.Scheme, Result: r))).ToDictionary(x => x.Result.Member.Id);
        var missing = sql.Keys.Select(k => k.MemberId).Distinct().Where(id => !results.ContainsKey(id)).Take(5).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"The SQL aggregate sums members the product's year does not have: {string.Join(", ", missing)} …");

        foreach (var (scheme, result) in results.Values)
        {
            var id = result.Member.Id;
            decimal Sum(ItemKind kind) => sql.TryGetValue((id, (int)kind), out var sum) ? Math.Round((decimal)sum, 1) : 0;
            var capped = result.Points.Notes.Any(n => Caps.Contains(n.Kind));
            void Agree(string component, decimal productFigure, decimal sqlFigure)
            {
                if (productFigure == sqlFigure || (capped && productFigure < sqlFigure))
                    return;
                throw new InvalidOperationException(
                    $"Member {id}: the product's {component} is {productFigure}, the SQL aggregate's {sqlFigure}{(capped ? " (capped)" : "")}.");
            }

            if (scheme.BaseMode == BaseMode.EarnedByCategory)
                Agree("base", result.Points.Base, Sum(ItemKind.Base));
            Agree("duty", result.Points.Duty, Sum(ItemKind.Duty));
            Agree("bonus", result.Points.Bonus, Sum(ItemKind.Bonus));
            Agree("deductions", result.Points.Deductions, -Sum(ItemKind.Deduction));
        }
        return results.Count;
    }
}
