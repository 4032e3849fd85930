using PartyScoring.Domain.Quarters;

namespace PartyScoring.Domain.Tests.Quarters;

/// <summary>Seed 000 每季度…: the quarter a day falls in, when it ends and when its sheet is overdue — one home for all pages.</summary>
public class CalendarQuarters
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 31, 1)]
    [InlineData(4, 1, 2)]
    [InlineData(9, 30, 3)]
    [InlineData(10, 1, 4)]
    [InlineData(12, 31, 4)]
    public void ADayFallsInTheQuarterOfItsMonth(int month, int day, int quarter) =>
        CalendarQuarter.Containing(new DateOnly(2026, month, day)).Should().Be(new CalendarQuarter(2026, quarter));

    [Theory]
    [InlineData(1, 3, 31)]
    [InlineData(2, 6, 30)]
    [InlineData(3, 9, 30)]
    [InlineData(4, 12, 31)]
    public void AQuarterEndsOnTheLastDayOfItsThirdMonth(int quarter, int month, int day) =>
        new CalendarQuarter(2026, quarter).End.Should().Be(new DateOnly(2026, month, day));

    [Fact]
    public void TheFirstQuarterFollowsTheFourthOfTheYearBefore() =>
        new CalendarQuarter(2026, 1).Previous.Should().Be(new CalendarQuarter(2025, 4));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void OnlyOneToFourAreQuarters(int number, bool valid) => CalendarQuarter.IsValidNumber(number).Should().Be(valid);

    [Fact]
    public void AnUnsubmittedSheetIsOverdueOnlyAfterTheGraceDays()
    {
        var q3 = new CalendarQuarter(2026, 3);

        SheetRules.IsOverdue(SheetState.Draft, q3, graceDays: 15, today: new DateOnly(2026, 10, 15)).Should().BeFalse("30 Sep + 15 days is 15 Oct");
        SheetRules.IsOverdue(SheetState.Draft, q3, 15, new DateOnly(2026, 10, 16)).Should().BeTrue();
        SheetRules.IsOverdue(null, q3, 15, new DateOnly(2026, 10, 16)).Should().BeTrue("a sheet never started is not submitted either");
    }

    [Theory]
    [InlineData(SheetState.Submitted)]
    [InlineData(SheetState.Approved)]
    [InlineData(SheetState.Final)]
    public void ASubmittedSheetIsNeverOverdueForTheBranch(SheetState state) =>
        SheetRules.IsOverdue(state, new CalendarQuarter(2026, 1), 15, new DateOnly(2026, 12, 31)).Should().BeFalse();
}
