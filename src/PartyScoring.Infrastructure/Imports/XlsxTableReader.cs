using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyScoring.Infrastructure.Imports;

/// <summary>The uploaded file is not a readable .xlsx workbook.</summary>
public sealed class NotAWorkbookException(Exception inner) : Exception("not an xlsx workbook", inner);

/// <summary>A row of the first sheet: its Excel row number and the text of each cell (dates as yyyy-MM-dd).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells);

/// <summary>Reads the first sheet of an .xlsx as text, column by column (missing cells are empty strings).</summary>
public static class XlsxTableReader
{
    public static List<SheetRow> Read(Stream stream, int columns)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or ArgumentException)
        {
            throw new NotAWorkbookException(e);
        }
        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new NotAWorkbookException(new InvalidDataException("no workbook part"));
            var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                        ?? throw new NotAWorkbookException(new InvalidDataException("no sheet"));
            var part = (WorksheetPart)workbook.GetPartById(first.Id!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var dateStyles = DateStyles(workbook);
            var rows = new List<SheetRow>();
            var number = 0;
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                number = row.RowIndex is { } index ? (int)index.Value : number + 1;
                var cells = new string[columns];
                Array.Fill(cells, "");
                var position = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    position = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position + 1;
                    if (position >= 1 && position <= columns)
                        cells[position - 1] = Text(cell, shared, dateStyles).Trim();
                }
                if (cells.Any(c => c.Length > 0))
                    rows.Add(new SheetRow(number, cells));
            }
            return rows;
        }
    }

    private static string Text(Cell cell, string[] shared, HashSet<uint> dateStyles)
    {
        if (cell.DataType?.Value == CellValues.InlineString)
            return cell.InlineString?.InnerText ?? "";
        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(value, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
        if ((cell.DataType is null || cell.DataType.Value == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
            return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return value;
    }

    /// <summary>Cell formats showing a date: the built-in date formats 14–22 and 27–36 (CJK), or a custom code with y/m/d.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && code.Contains('y', StringComparison.OrdinalIgnoreCase) && code.Contains('d', StringComparison.OrdinalIgnoreCase))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var result = new HashSet<uint>();
        var formats = styles?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        for (var i = 0; i < formats.Count; i++)
            if (formats[i].NumberFormatId?.Value is { } id && (id is >= 14 and <= 22 or >= 27 and <= 36 or >= 50 and <= 58 || custom.Contains(id)))
                result.Add((uint)i);
        return result;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return index;
    }
}
