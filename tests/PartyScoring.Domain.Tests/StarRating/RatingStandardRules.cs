using PartyScoring.Domain.Common;
using PartyScoring.Domain.StarRating;

namespace PartyScoring.Domain.Tests.StarRating;

/// <summary>Seed 001 三/四: what a township's rating standard must satisfy.</summary>
public class RatingStandardRules
{
    [Fact]
    public void TheSeed001PresetHasSixAreasWhoseSubItemsAddUpToExactlyOneHundred()
    {
        var standard = RatingPresets.Seed001(2, 2026);

        standard.ItemsOf(RatingItemKind.Base).Sum(i => i.Points).Should().Be(100);
        standard.ItemsOf(RatingItemKind.Base).Select(i => i.Area).Distinct().Should().HaveCount(6);
        standard.BaseWeight.Should().Be(0.70m);
        standard.ReviewWeight.Should().Be(0.30m);
        standard.FiveStarQuota.Should().Be(0.30m);
        standard.ItemsOf(RatingItemKind.Deduction).Should().OnlyContain(i => i.Points >= 20);
    }

    [Fact]
    public void RefusesBaseSubItemsThatDoNotAddUpToOneHundred()
    {
        var items = RatingPresets.Seed001Items.Where(i => i.Code != "A1");

        var act = () => new RatingStandard(2, 2026, "标准", 0.7m, items);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("rating.base.sum");
    }

    [Fact]
    public void RefusesABaseWeightBelowSeventyPercent()
    {
        var act = () => new RatingStandard(2, 2026, "标准", 0.69m, RatingPresets.Seed001Items);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("rating.weight");
    }

    [Fact]
    public void RefusesADeductionItemOfLessThanTwentyPerOccurrence()
    {
        var items = RatingPresets.Seed001Items.Append(new("K9", "轻微问题", RatingItemKind.Deduction, null, 19.9m));

        var act = () => new RatingStandard(2, 2026, "标准", 0.7m, items);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("rating.deduction.minimum");
    }

    [Fact]
    public void RaisesTheFiveStarQuotaOnlyWithARecordedCountyApproval()
    {
        var standard = RatingPresets.Seed001(2, 2026);

        var withoutDocument = () => standard.RaiseFiveStarQuota(0.4m, "县委组织部", new DateOnly(2026, 12, 1), " ");
        withoutDocument.Should().Throw<DomainException>().Which.Code.Should().Be("rating.quota.document");
        standard.FiveStarQuota.Should().Be(0.30m);

        standard.RaiseFiveStarQuota(0.4m, "县委组织部", new DateOnly(2026, 12, 1), "示组通〔2026〕12号");

        standard.FiveStarQuota.Should().Be(0.40m);
        standard.QuotaApprovedBy.Should().Be("县委组织部");
        standard.QuotaApprovalDocument.Should().Be("示组通〔2026〕12号");
    }

    [Fact]
    public void ARaisedQuotaMustBeAboveThirtyPercent()
    {
        var act = () => RatingPresets.Seed001(2, 2026).RaiseFiveStarQuota(0.30m, "县委组织部", new DateOnly(2026, 12, 1), "文件");

        act.Should().Throw<DomainException>().Which.Code.Should().Be("rating.quota.raise");
    }
}
