namespace PartyScoring.Infrastructure.Exports;

/// <summary>A column of a register: header text, width in characters, and whether it holds points (one decimal).</summary>
public sealed record ReportColumn(string Header, double Width, ReportCellKind Kind = ReportCellKind.Text);

public enum ReportCellKind
{
    Text,
    /// <summary>Points, shown with one decimal.</summary>
    Points,
    /// <summary>A whole number (rank, count).</summary>
    Count,
}

/// <summary>A block of rows under an optional heading (graded members, activists, exempt members…).</summary>
public sealed record ReportSection(string? Heading, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// One paper form, laid out once and written both as an Excel sheet and as an HTML print view:
/// title, organisation and period lines, repeated header row, sections of rows, signature line.
/// Text is already localised by the caller; the writers only lay it out. <see cref="ExcelFooter"/> is an Excel
/// header/footer code (&amp;P page, &amp;N pages) for the printed page number.
/// </summary>
public sealed record ReportSheet(
    string SheetName,
    string Title,
    string Organisation,
    string Period,
    bool Landscape,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<ReportSection> Sections,
    IReadOnlyList<string> Signatures,
    string? Note = null,
    string? ExcelFooter = null)
{
    public IEnumerable<IReadOnlyList<object?>> AllRows => Sections.SelectMany(s => s.Rows);
}

/// <summary>Several sheets written to one file (the township workbook: one sheet per branch and a summary).</summary>
public sealed record ReportWorkbook(IReadOnlyList<ReportSheet> Sheets);
