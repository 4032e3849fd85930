using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Infrastructure.Demo;

/// <summary>
/// A plausible year of ledger lines for the demo roster under the seed-000 scheme: duty points every quarter,
/// occasional bonuses and deductions. Seeded random, so every fresh demo has the same figures.
/// </summary>
internal static class DemoLedger
{
    public static IEnumerable<LedgerLine> Lines(ScoringScheme scheme, List<Member> members, int year, int lastQuarter, int? draftQuarter)
    {
        var random = new Random(year);
        SchemeItem Item(string code) => scheme.Items.First(i => i.Code == code && i.BranchId is null);
        var duty1 = Item("D01");
        var duty2 = Item("D02");
        var outstanding = Item("B01");
        var commended = Item("B02");
        var volunteer = Item("B04");
        var missed = Item("K01");
        var error = Item("K02");

        foreach (var member in members.Where(m => !m.IsExemptIn(year)))
        {
            // How conscientious this member is: drives duty points and how often points are lost,
            // so the demo branch has a spread of grades rather than everyone at the top.
            var diligence = random.NextDouble();
            for (var quarter = 1; quarter <= lastQuarter; quarter++)
            {
                var when = new DateTimeOffset(year, quarter * 3, 20, 8, 0, 0, TimeSpan.Zero);
                var isDraft = quarter == draftQuarter;
                LedgerLine Line(SchemeItem item, decimal amount, string text)
                {
                    var line = LedgerLine.Enter(member.Id, member.BranchId, year, quarter, item, amount, text, LedgerSource.ClerkEntry, "clerk1", when);
                    if (!isDraft)
                        line.Confirm(item.RequiresOfficeReview ? "office" : "secretary1", when.AddDays(10));
                    return line;
                }

                yield return Line(duty1, Math.Round((1 + (decimal)diligence * 4) * 2) / 2, "履行岗位职责，完成支部分工任务");
                if (random.NextDouble() < diligence + 0.2)
                    yield return Line(duty2, Half(random, 1, 3), "兑现年初承诺事项");
                if (random.NextDouble() < 0.12)
                    yield return Line(outstanding, 2, "带头致富，带动群众增收");
                if (random.NextDouble() < 0.05)
                    yield return Line(commended, 4, "获乡级表彰");
                if (random.NextDouble() < 0.25)
                    yield return Line(volunteer, 2, "党员义工日参加环境整治，已报送影像资料");
                if (random.NextDouble() < 0.1 + (1 - diligence) * 0.5)
                    yield return Line(missed, Half(random, 1, 5), "无故缺席主题党日");
                if (random.NextDouble() < (1 - diligence) * 0.3)
                    yield return Line(error, Half(random, 2, 10), "工作出现错漏");
            }
        }
    }

    /// <summary>A random amount in half-point steps between min and max.</summary>
    private static decimal Half(Random random, int min, int max) => random.Next(min * 2, max * 2 + 1) / 2m;
}
