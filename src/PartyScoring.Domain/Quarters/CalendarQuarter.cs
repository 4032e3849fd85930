namespace PartyScoring.Domain.Quarters;

/// <summary>
/// A calendar quarter (季度), the period the ledger is kept, confirmed and noticed in (seed 000: 每季度…). The one place that
/// says which quarter a day falls in, when a quarter ends and when its sheet is due.
/// </summary>
public readonly record struct CalendarQuarter(int Year, int Number)
{
    public static bool IsValidNumber(int number) => number is >= 1 and <= 4;

    public static CalendarQuarter Containing(DateOnly day) => new(day.Year, (day.Month + 2) / 3);

    public static CalendarQuarter Containing(DateTimeOffset moment) => Containing(DateOnly.FromDateTime(moment.DateTime));

    public DateOnly End => new DateOnly(Year, Number * 3, 1).AddMonths(1).AddDays(-1);

    /// <summary>The day after which an unsubmitted sheet of this quarter is overdue: the quarter's end plus the grace days.</summary>
    public DateOnly DueWithGrace(int graceDays) => End.AddDays(graceDays);

    public CalendarQuarter Previous => Number == 1 ? new CalendarQuarter(Year - 1, 4) : new CalendarQuarter(Year, Number - 1);
}
