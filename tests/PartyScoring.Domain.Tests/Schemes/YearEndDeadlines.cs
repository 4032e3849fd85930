using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Schemes;

/// <summary>SPEC 6 年终一汇总: the deadline is configurable, and each preset carries its seed's date.</summary>
public class YearEndDeadlines
{
    [Fact]
    public void TownshipPresetIsDueOnTwentyFifthDecemberOfTheSameYear()
    {
        // Seed 000 二: 每年12月25日前.
        TestSchemes.Township000().YearEndDeadline.For(2025).Should().Be(new DateOnly(2025, 12, 25));
    }

    [Fact]
    public void DistrictPresetIsDueOnTenthJanuaryOfTheNextYear()
    {
        // Seed 002 四(二): 下一年度1月10日前.
        TestSchemes.District002().YearEndDeadline.For(2025).Should().Be(new DateOnly(2026, 1, 10));
    }
}
