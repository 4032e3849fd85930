using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Scoring;

/// <summary>SPEC 3: the excellent quota is a maximum share, so the number of places rounds down.</summary>
public class ExcellentQuotaPlaces
{
    [Theory]
    [InlineData(16, 4)] // 16 × 0.3 = 4.8
    [InlineData(10, 3)]
    [InlineData(9, 2)]  // 2.7
    [InlineData(3, 0)]  // 0.9
    [InlineData(0, 0)]
    public void RoundsThirtyPercentOfGradedMembersDown(int graded, int places)
    {
        // Seed 000 preset: 30 %.
        AnnualComputation.QuotaPlaces(TestSchemes.Township000(), graded).Should().Be(places);
    }

    [Fact]
    public void GivesEveryGradedMemberAPlaceWhenTheSchemeHasNoQuota()
    {
        // Seed 002 has no "排名靠前" condition.
        AnnualComputation.QuotaPlaces(TestSchemes.District002(), 7).Should().Be(7);
    }

    [Fact]
    public void LeavesASmallBranchWithoutAnyExcellentPlace()
    {
        // 3 × 0.3 → 0: all three at 95 are 合格, each told why.
        var result = new BranchYearBuilder(TestSchemes.Township000()).MembersScoring(3, 95).Compute();

        result.ExcellentQuotaPlaces.Should().Be(0);
        result.Graded.Should().OnlyContain(r => r.Grade == Grade.Qualified
                                               && r.NoteKinds().Contains(ComputationNoteKind.ExcellentWithheldByQuota));
    }
}
