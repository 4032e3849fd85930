using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyScoring.Infrastructure.Exports;

/// <summary>
/// Streams each sheet with <see cref="OpenXmlWriter"/> (one row in memory at a time), so a township of
/// thousands of members writes in constant memory. Title rows are merged, the header row is frozen and
/// repeated on every printed page, points use one decimal, pages are A4 fitted to the width.
/// </summary>
public sealed class ExcelReportWriter : IExcelExporter
{
    private const int HeaderRow = 4;

    public void Write(ReportWorkbook workbook, Stream output, Action<int>? progress = null)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = ExcelStyles.Create();

        var sheets = new Sheets();
        var definedNames = new DefinedNames();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint index = 0;
        foreach (var sheet in workbook.Sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            var name = UniqueName(sheet.SheetName, names);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = index + 1, Name = name });
            definedNames.Append(new DefinedName($"'{name}'!${HeaderRow}:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = index });
            index++;
            progress?.Invoke((int)index);
        }
        workbookPart.Workbook = new Workbook(sheets, definedNames);
        workbookPart.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, ReportSheet sheet)
    {
        var width = sheet.Columns.Count;
        var last = ColumnName(width);
        var merges = new List<string>();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeaderRow, TopLeftCell = $"A{HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0 }));
        var columns = new Columns();
        for (var i = 0; i < width; i++)
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = sheet.Columns[i].Width, CustomWidth = true });
        writer.WriteElement(columns);

        writer.WriteStartElement(new SheetData());
        uint row = 1;
        writer.WriteElement(SpanRow(row++, sheet.Title, ExcelStyles.Title, 28, merges, last));
        writer.WriteElement(SpanRow(row++, sheet.Organisation, ExcelStyles.Subtitle, null, merges, last));
        writer.WriteElement(SpanRow(row++, sheet.Period, ExcelStyles.Subtitle, null, merges, last));
        var header = new Row { RowIndex = row++ };
        for (var i = 0; i < width; i++)
            header.Append(TextCell($"{ColumnName(i + 1)}{HeaderRow}", sheet.Columns[i].Header, ExcelStyles.Header));
        writer.WriteElement(header);

        foreach (var section in sheet.Sections)
        {
            if (section.Heading is not null)
                writer.WriteElement(SpanRow(row++, section.Heading, ExcelStyles.Section, null, merges, last));
            foreach (var values in section.Rows)
            {
                var r = new Row { RowIndex = row };
                for (var i = 0; i < width; i++)
                    r.Append(ValueCell($"{ColumnName(i + 1)}{row}", i < values.Count ? values[i] : null, sheet.Columns[i].Kind));
                writer.WriteElement(r);
                row++;
            }
        }
        row++;
        if (sheet.Note is not null)
            writer.WriteElement(SpanRow(row++, sheet.Note, ExcelStyles.Subtitle, null, merges, last));
        writer.WriteElement(SpanRow(row, string.Join("        ", sheet.Signatures), ExcelStyles.Subtitle, 24, merges, last));
        writer.WriteEndElement(); // SheetData

        if (width > 1)
            writer.WriteElement(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        writer.WriteElement(new PrintOptions { HorizontalCentered = true });
        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.7, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup
        {
            PaperSize = 9, // A4
            Orientation = sheet.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        if (sheet.ExcelFooter is not null)
            writer.WriteElement(new HeaderFooter(new OddFooter(sheet.ExcelFooter)));
        writer.WriteEndElement(); // Worksheet
    }

    private static Row SpanRow(uint row, string text, uint style, double? height, List<string> merges, string lastColumn)
    {
        var r = new Row { RowIndex = row };
        if (height is { } h)
        {
            r.Height = h;
            r.CustomHeight = true;
        }
        r.Append(TextCell($"A{row}", text, style));
        merges.Add($"A{row}:{lastColumn}{row}");
        return r;
    }

    private static Cell TextCell(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Cell ValueCell(string reference, object? value, ReportCellKind kind) => value switch
    {
        null => new Cell { CellReference = reference, StyleIndex = ExcelStyles.Text },
        decimal d => new Cell { CellReference = reference, CellValue = new CellValue(d), DataType = CellValues.Number, StyleIndex = StyleFor(kind) },
        int n => new Cell { CellReference = reference, CellValue = new CellValue(n), DataType = CellValues.Number, StyleIndex = StyleFor(kind) },
        _ => TextCell(reference, value.ToString() ?? "", ExcelStyles.Text),
    };

    private static uint StyleFor(ReportCellKind kind) => kind switch
    {
        ReportCellKind.Points => ExcelStyles.Points,
        ReportCellKind.Count => ExcelStyles.Count,
        _ => ExcelStyles.Text,
    };

    /// <summary>Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    private static string UniqueName(string wanted, HashSet<string> taken)
    {
        var clean = new string(wanted.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim();
        if (clean.Length == 0)
            clean = "Sheet";
        clean = clean.Length > 28 ? clean[..28] : clean;
        var name = clean;
        for (var n = 2; !taken.Add(name); n++)
            name = $"{clean}({n})";
        return name;
    }

    internal static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26)
            name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }
}
