namespace PartyScoring.Domain.Common;

/// <summary>
/// The years the system keeps records for. A year outside this range in an address or a form is a mistake or a probe, never
/// a real year of points management, so pages answer 404 and entities refuse it.
/// </summary>
public static class ReportingYear
{
    public const int First = 2000;
    public const int Last = 2100;

    public static bool IsValid(int year) => year is >= First and <= Last;

    /// <summary>A year whose previous year is also kept (the two-years-running 不合格 flag reads both).</summary>
    public static bool HasPrevious(int year) => IsValid(year) && IsValid(year - 1);
}
