using System.Globalization;
using System.IO.Packaging;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyScoring.Infrastructure.Imports;

/// <summary>The uploaded file is not a readable .xlsx workbook.</summary>
public sealed class NotAWorkbookException(Exception inner) : Exception("not an xlsx workbook", inner);

/// <summary>A row of the first sheet: its Excel row number and the text of each cell (dates as yyyy-MM-dd).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells);

/// <summary>
/// Reads the first sheet of an .xlsx as text, column by column (missing cells are empty strings). The package is
/// checked by <see cref="XlsxPackageGuard"/> first; the sheet and the shared strings are then streamed, never loaded
/// whole, with a budget of row elements and cells, and reading stops after <c>maxRows</c> non-empty rows.
/// </summary>
public static class XlsxTableReader
{
    public static List<SheetRow> Read(Stream stream, int columns, int maxRows = int.MaxValue, XlsxLimits? limits = null)
    {
        limits ??= XlsxLimits.Default;
        XlsxPackageGuard.Check(stream, limits);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or ArgumentException or XmlException)
        {
            throw new NotAWorkbookException(e);
        }
        using (document)
        {
            try
            {
                return ReadFirstSheet(document, columns, maxRows, limits);
            }
            catch (Exception e) when (e is XmlException or InvalidDataException or InvalidOperationException or KeyNotFoundException or ArgumentException)
            {
                throw new NotAWorkbookException(e);
            }
        }
    }

    private static List<SheetRow> ReadFirstSheet(SpreadsheetDocument document, int columns, int maxRows, XlsxLimits limits)
    {
        var workbook = document.WorkbookPart ?? throw new NotAWorkbookException(new InvalidDataException("no workbook part"));
        var first = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                    ?? throw new NotAWorkbookException(new InvalidDataException("no sheet"));
        var part = (WorksheetPart)workbook.GetPartById(first.Id!);
        var shared = workbook.SharedStringTablePart is { } sst ? SharedStrings(sst, limits) : [];
        var dateStyles = DateStyles(workbook);

        var rows = new List<SheetRow>();
        var rowElements = 0;
        var cellElements = 0;
        var number = 0;
        var position = 0;
        string[]? cells = null;
        PendingCell? cell = null;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read() && rows.Count < maxRows)
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    if (++rowElements > limits.MaxRowElements)
                        throw new XlsxRefusedException(XlsxRefusal.TooBig, $"more than {limits.MaxRowElements} rows");
                    number = Attribute(reader, "r") is { } r && int.TryParse(r, out var index) ? index : number + 1;
                    position = 0;
                    cells = new string[columns];
                    Array.Fill(cells, "");
                }
                else if (cells is not null)
                {
                    if (cells.Any(c => c.Length > 0))
                        rows.Add(new SheetRow(number, cells));
                    cells = null;
                }
            }
            else if (reader.ElementType == typeof(Cell))
            {
                if (reader.IsStartElement)
                {
                    if (++cellElements > limits.MaxCells)
                        throw new XlsxRefusedException(XlsxRefusal.TooBig, $"more than {limits.MaxCells} cells");
                    position = Attribute(reader, "r") is { } reference ? ColumnIndex(reference) : position + 1;
                    cell = new PendingCell(Attribute(reader, "t"), Attribute(reader, "s"));
                }
                else if (cell is not null)
                {
                    if (cells is not null && position >= 1 && position <= columns)
                        cells[position - 1] = WithoutControls(cell.Text(shared, dateStyles)).Trim();
                    cell = null;
                }
            }
            else if (cell is not null && reader.IsStartElement && (reader.ElementType == typeof(CellValue) || reader.ElementType == typeof(Text)))
                cell.Value.Append(reader.GetText());
        }
        return rows;
    }

    /// <summary>A cell being read: its type and style attributes and the text of its value or inline string.</summary>
    private sealed class PendingCell(string? type, string? style)
    {
        public StringBuilder Value { get; } = new();

        public string Text(string[] shared, HashSet<uint> dateStyles)
        {
            var value = Value.ToString();
            if (type == "s")
                return int.TryParse(value, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
            if (type is null or "n" && uint.TryParse(style, out var s) && dateStyles.Contains(s)
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
                return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return value;
        }
    }

    private static string[] SharedStrings(SharedStringTablePart part, XlsxLimits limits)
    {
        var strings = new List<string>();
        StringBuilder? item = null;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    if (strings.Count >= limits.MaxSharedStrings)
                        throw new XlsxRefusedException(XlsxRefusal.TooBig, $"more than {limits.MaxSharedStrings} shared strings");
                    item = new StringBuilder();
                }
                else if (item is not null)
                {
                    strings.Add(item.ToString());
                    item = null;
                }
            }
            else if (item is not null && reader.IsStartElement && reader.ElementType == typeof(Text))
                item.Append(reader.GetText());
        }
        return [.. strings];
    }

    /// <summary>A cell may carry control characters ("_x0007_"); the forms drop them, and so does the import.</summary>
    private static string WithoutControls(string text) => text.Any(char.IsControl) ? string.Concat(text.Where(c => !char.IsControl(c))) : text;

    private static string? Attribute(OpenXmlReader reader, string name) =>
        reader.Attributes.FirstOrDefault(a => a.LocalName == name && string.IsNullOrEmpty(a.NamespaceUri)).Value;

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
