using PartyScoring.Domain.Members;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Scoring;

/// <summary>
/// A township's or county's year end groups every member's item totals once (<see cref="MemberTotals"/>) and computes
/// each branch from its members' share: a branch's year is the same whatever other members' totals the batch holds.
/// </summary>
public class BatchTotalsByMember
{
    [Fact]
    public void GivesEachMemberTheirOwnTotalsInTheOrderTheyCame()
    {
        var totals = MemberTotals.From(
        [
            new ItemTotal(1, 10, 2m, 1), new ItemTotal(2, 10, 3m, 1), new ItemTotal(1, 11, -1m, 1), new ItemTotal(3, 12, 0m, 0),
        ]);

        totals.Of(1).ToArray().Should().Equal(new ItemTotal(1, 10, 2m, 1), new ItemTotal(1, 11, -1m, 1));
        totals.Of(2).ToArray().Should().Equal(new ItemTotal(2, 10, 3m, 1));
        totals.Of(3).ToArray().Should().Equal(new ItemTotal(3, 12, 0m, 0));
        totals.Of(9).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void ReadsTotalsThatAlreadyComeMemberByMemberAsTheyAre()
    {
        // As SQLite returns them through the ledger's totals index.
        var totals = MemberTotals.From([new ItemTotal(5, 10, 1m, 1), new ItemTotal(5, 11, 2m, 1), new ItemTotal(7, 10, 3m, 1)]);

        totals.Of(5).ToArray().Should().Equal(new ItemTotal(5, 10, 1m, 1), new ItemTotal(5, 11, 2m, 1));
        totals.Of(7).ToArray().Should().Equal(new ItemTotal(7, 10, 3m, 1));
    }

    [Fact]
    public void ComputesABranchFromACountysTotalsAsFromItsOwn()
    {
        var scheme = TestSchemes.Township000();
        int Id(string code) => scheme.Item(code).Id;
        ScoredMember[] branch =
        [
            new(1, "Zhao", MembershipStatus.Full, false),
            new(2, "Qian", MembershipStatus.Full, false),
            new(3, "Sun", MembershipStatus.Probationary, false),
            new(4, "Li", MembershipStatus.Full, true),
        ];
        ItemTotal[] own =
        [
            new(1, Id("D01"), 12.5m, 5), new(1, Id("D02"), 10m, 4), new(1, Id("B02"), 8m, 2), // duty over the cap of 20
            new(2, Id("D01"), 10m, 4), new(2, Id("K02"), -3m, 1),
            new(3, Id("D01"), 10m, 4), new(3, Id("D02"), 10m, 4),
            new(4, Id("B01"), 2m, 1),
        ];
        // The rest of the county, interleaved with the branch's own totals as a GROUP BY may return them.
        var county = own.SelectMany((t, i) => new[] { t, new ItemTotal(100 + i, Id("D01"), 10m, 4), new ItemTotal(100 + i, Id("K01"), -1m, 1) });

        var alone = AnnualComputation.Compute(scheme, branch, own);
        var inBatch = AnnualComputation.Compute(scheme, branch, MemberTotals.From(county));

        inBatch.Graded.Select(Summary).Should().Equal(alone.Graded.Select(Summary));
        inBatch.Exempt.Select(Summary).Should().Equal(alone.Exempt.Select(Summary));
        inBatch.Graded.Should().Contain(r => r.Member.Id == 1 && r.Notes.Any(n => n.Kind == ComputationNoteKind.DutyCapReached));
    }

    private static string Summary(MemberYearResult r) =>
        $"{r.Member.Id} {r.Points.Total} {r.Grade} {r.Rank} {string.Join(",", r.Notes.Select(n => n.Kind))}";
}
