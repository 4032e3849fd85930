using PartyScoring.Domain.StarRating;

namespace PartyScoring.Domain.Tests.StarRating;

/// <summary>五星级党支部每年评定数量一般不超过总数的30%, with the documented tie rule.</summary>
public class FiveStarQuotaWithTies
{
    [Theory]
    [InlineData(4, 1)]
    [InlineData(10, 3)]
    [InlineData(13, 3)]
    [InlineData(20, 6)]
    public void PlacesAreThirtyPercentOfTheTownshipsBranchesRoundedDown(int branches, int places)
    {
        FiveStarQuota.Places(branches, 0.30m).Should().Be(places);
    }

    [Fact]
    public void KeepsTheHighestTotalsWithinTheQuota()
    {
        var candidates = new[] { new QuotaCandidate(1, 95, 90), new QuotaCandidate(2, 98, 90), new QuotaCandidate(3, 91, 90), new QuotaCandidate(4, 93, 90) };

        FiveStarQuota.Within(candidates, 10, 0.30m).Should().BeEquivalentTo([2, 1, 4]);
    }

    [Fact]
    public void BreaksATieOnTheTotalByTheBaseScore()
    {
        var candidates = new[] { new QuotaCandidate(1, 95, 85), new QuotaCandidate(2, 95, 92) };

        FiveStarQuota.Within(candidates, 4, 0.30m).Should().BeEquivalentTo([2]);
    }

    [Fact]
    public void BranchesStillTiedAtTheBoundaryAllMissFiveStars()
    {
        // 10 branches → 3 places; the 3rd and 4th are equal on total and base: neither is picked.
        var candidates = new[]
        {
            new QuotaCandidate(1, 98, 95), new QuotaCandidate(2, 96, 95),
            new QuotaCandidate(3, 93, 90), new QuotaCandidate(4, 93, 90),
        };

        FiveStarQuota.Within(candidates, 10, 0.30m).Should().BeEquivalentTo([1, 2]);
    }

    [Fact]
    public void TiesBelowTheQuotaAllKeepFiveStars()
    {
        var candidates = new[] { new QuotaCandidate(1, 93, 90), new QuotaCandidate(2, 93, 90) };

        FiveStarQuota.Within(candidates, 10, 0.30m).Should().BeEquivalentTo([1, 2]);
    }

    [Fact]
    public void ACountyApprovedQuotaMakesRoomForMore()
    {
        var candidates = new[] { new QuotaCandidate(1, 98, 95), new QuotaCandidate(2, 96, 95) };

        FiveStarQuota.Within(candidates, 4, 0.30m).Should().BeEquivalentTo([1]);
        FiveStarQuota.Within(candidates, 4, 0.50m).Should().BeEquivalentTo([1, 2]);
    }
}
