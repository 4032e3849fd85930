namespace PartyScoring.Web.Infrastructure;

/// <summary>
/// Checks a list-shaped form (one row per member or per item) before anything reads or writes by it: no more rows
/// than the page can show, no key twice, no text longer than its field. Issue 20 §6: 1,000 vote rows for one member
/// reached the register query and failed there with a 500.
/// </summary>
public static class ListForm
{
    /// <summary>The resource key of the first problem ("ListForm_…"), or null when the rows may go on.</summary>
    public static string? Problem<T, TKey>(IReadOnlyCollection<T> rows, Func<T, TKey> key, int maxRows, Func<T, IEnumerable<string?>> texts, int maxLength)
    {
        if (rows.Count > maxRows)
            return "ListForm_TooManyRows";
        if (rows.Select(key).Distinct().Count() != rows.Count)
            return "ListForm_Duplicate";
        return rows.SelectMany(texts).Any(t => t?.Length > maxLength) ? "ListForm_TooLong" : null;
    }
}
