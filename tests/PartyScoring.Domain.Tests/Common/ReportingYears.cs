using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Tests.Common;

/// <summary>The years records are kept for; anything else in an address or a form is refused in one place.</summary>
public class ReportingYears
{
    [Theory]
    [InlineData(1999, false)]
    [InlineData(2000, true)]
    [InlineData(2026, true)]
    [InlineData(2100, true)]
    [InlineData(2101, false)]
    public void YearsFrom2000To2100AreKept(int year, bool valid) => ReportingYear.IsValid(year).Should().Be(valid);

    [Fact]
    public void TheFirstYearHasNoPreviousYearToFlagTwoYearsRunning()
    {
        ReportingYear.HasPrevious(2000).Should().BeFalse();
        ReportingYear.HasPrevious(2001).Should().BeTrue();
    }
}
