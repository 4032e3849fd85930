using PartyScoring.Domain.Schemes;

namespace PartyScoring.Web.ViewModels;

public sealed record GridColumnViewModel(int ItemId, string Code, string Name, ItemKind Kind, decimal Min, decimal Max);

public sealed record GridCellViewModel(string Key, string Value, bool Editable, string? Error);

/// <summary>
/// One member's row. <see cref="QuarterFixed"/> and <see cref="YearOther"/> are what the row's typed cells do not change
/// (the quarter's points outside them; the year's net per item outside them), so the page can recompute both totals as
/// the clerk types.
/// </summary>
public sealed record GridRowViewModel(int MemberId, string Name, decimal QuarterTotal, decimal YearTotal, IReadOnlyList<GridCellViewModel> Cells)
{
    public decimal QuarterFixed { get; init; }
    public IReadOnlyDictionary<int, decimal> YearOther { get; init; } = new Dictionary<int, decimal>();
}

/// <summary>The entry grid: members × items, running totals from the engine, the sheet stamp in a hidden field.</summary>
public sealed record QuarterGridViewModel(
    SheetHeaderViewModel Sheet,
    bool Editable,
    IReadOnlyList<GridColumnViewModel> Columns,
    IReadOnlyList<GridRowViewModel> Rows)
{
    public string? Error { get; init; }
    public LineEntryForm Line { get; init; } = new();
    /// <summary>The scheme's caps as the engine applies them, written into the page for the live totals.</summary>
    public GridCapsViewModel? Caps { get; init; }
}

/// <summary>Single-line entry: one event for one member, with its description.</summary>
public sealed class LineEntryForm
{
    public int MemberId { get; set; }
    public int ItemId { get; set; }
    public string? Amount { get; set; }
    public string? Description { get; set; }
    /// <summary>Optional evidence (photo, PDF, short video); never echoed back into the form.</summary>
    public IFormFile? Evidence { get; set; }
}
