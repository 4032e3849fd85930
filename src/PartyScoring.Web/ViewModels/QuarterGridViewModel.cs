using PartyScoring.Domain.Schemes;

namespace PartyScoring.Web.ViewModels;

public sealed record GridColumnViewModel(int ItemId, string Code, string Name, ItemKind Kind, decimal Min, decimal Max);

public sealed record GridCellViewModel(string Key, string Value, bool Editable, string? Error);

public sealed record GridRowViewModel(int MemberId, string Name, decimal QuarterTotal, decimal YearTotal, IReadOnlyList<GridCellViewModel> Cells);

/// <summary>The entry grid: members × items, running totals from the engine, the sheet stamp in a hidden field.</summary>
public sealed record QuarterGridViewModel(
    SheetHeaderViewModel Sheet,
    bool Editable,
    IReadOnlyList<GridColumnViewModel> Columns,
    IReadOnlyList<GridRowViewModel> Rows)
{
    public string? Error { get; init; }
    public LineEntryForm Line { get; init; } = new();
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
