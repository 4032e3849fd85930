using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyScoring.Infrastructure.Exports;

/// <summary>
/// Streams each sheet's XML (one cell at a time, nothing per cell kept), so a township of thousands of members
/// writes in constant memory and about as fast as the cells alone. Title rows are merged, the header row is frozen and
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

    /// <summary>
    /// Writes the worksheet XML straight to the part with an <see cref="XmlWriter"/>: no element objects per cell, the
    /// cell references built from per-column and per-row strings. Element and attribute names are SpreadsheetML's,
    /// in the schema's order (sheetPr, sheetViews, cols, sheetData, mergeCells, printOptions, pageMargins, pageSetup,
    /// headerFooter), so the SDK and Excel read it as if the SDK had written it.
    /// </summary>
    private static void WriteSheet(WorksheetPart part, ReportSheet sheet)
    {
        var width = sheet.Columns.Count;
        var columns = new string[width];
        var styles = new string[width];
        for (var i = 0; i < width; i++)
        {
            columns[i] = ColumnName(i + 1);
            styles[i] = Number(StyleFor(sheet.Columns[i].Kind));
        }
        var last = columns[^1];
        var merges = new List<string>();

        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, XmlSettings);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", Main);
        xml.WriteStartElement("sheetPr");
        xml.WriteStartElement("pageSetUpPr");
        xml.WriteAttributeString("fitToPage", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheetViews");
        xml.WriteStartElement("sheetView");
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane");
        xml.WriteAttributeString("ySplit", Number(HeaderRow));
        xml.WriteAttributeString("topLeftCell", $"A{HeaderRow + 1}");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("cols");
        for (var i = 0; i < width; i++)
        {
            xml.WriteStartElement("col");
            xml.WriteAttributeString("min", Number(i + 1));
            xml.WriteAttributeString("max", Number(i + 1));
            xml.WriteAttributeString("width", XmlConvert.ToString(sheet.Columns[i].Width));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();

        xml.WriteStartElement("sheetData");
        var row = 1;
        SpanRow(xml, row++, sheet.Title, ExcelStyles.Title, "28", merges, last);
        SpanRow(xml, row++, sheet.Organisation, ExcelStyles.Subtitle, null, merges, last);
        SpanRow(xml, row++, sheet.Period, ExcelStyles.Subtitle, null, merges, last);
        var rowText = Number(row++);
        StartRow(xml, rowText, null);
        for (var i = 0; i < width; i++)
            TextCell(xml, columns[i], rowText, sheet.Columns[i].Header, HeaderStyle);
        xml.WriteEndElement();

        foreach (var section in sheet.Sections)
        {
            if (section.Heading is not null)
                SpanRow(xml, row++, section.Heading, ExcelStyles.Section, null, merges, last);
            foreach (var values in section.Rows)
            {
                rowText = Number(row++);
                StartRow(xml, rowText, null);
                for (var i = 0; i < width; i++)
                    ValueCell(xml, columns[i], rowText, i < values.Count ? values[i] : null, styles[i]);
                xml.WriteEndElement();
            }
        }
        row++;
        if (sheet.Note is not null)
            SpanRow(xml, row++, sheet.Note, ExcelStyles.Subtitle, null, merges, last);
        SpanRow(xml, row, string.Join("        ", sheet.Signatures), ExcelStyles.Subtitle, "24", merges, last);
        xml.WriteEndElement(); // sheetData

        if (width > 1)
        {
            xml.WriteStartElement("mergeCells");
            xml.WriteAttributeString("count", Number(merges.Count));
            foreach (var merge in merges)
            {
                xml.WriteStartElement("mergeCell");
                xml.WriteAttributeString("ref", merge);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteStartElement("printOptions");
        xml.WriteAttributeString("horizontalCentered", "1");
        xml.WriteEndElement();
        xml.WriteStartElement("pageMargins");
        xml.WriteAttributeString("left", "0.5");
        xml.WriteAttributeString("right", "0.5");
        xml.WriteAttributeString("top", "0.6");
        xml.WriteAttributeString("bottom", "0.7");
        xml.WriteAttributeString("header", "0.3");
        xml.WriteAttributeString("footer", "0.3");
        xml.WriteEndElement();
        xml.WriteStartElement("pageSetup");
        xml.WriteAttributeString("paperSize", "9"); // A4
        xml.WriteAttributeString("orientation", sheet.Landscape ? "landscape" : "portrait");
        xml.WriteAttributeString("fitToWidth", "1");
        xml.WriteAttributeString("fitToHeight", "0");
        xml.WriteEndElement();
        if (sheet.ExcelFooter is not null)
        {
            xml.WriteStartElement("headerFooter");
            xml.WriteElementString("oddFooter", sheet.ExcelFooter);
            xml.WriteEndElement();
        }
        xml.WriteEndElement(); // worksheet
    }

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };
    private static readonly string HeaderStyle = Number(ExcelStyles.Header);
    private static readonly string TextStyle = Number(ExcelStyles.Text);

    private static void StartRow(XmlWriter xml, string row, string? height)
    {
        xml.WriteStartElement("row");
        xml.WriteAttributeString("r", row);
        if (height is not null)
        {
            xml.WriteAttributeString("ht", height);
            xml.WriteAttributeString("customHeight", "1");
        }
    }

    /// <summary>A title, subtitle, section or signature line: one cell merged across the sheet's width.</summary>
    private static void SpanRow(XmlWriter xml, int row, string text, uint style, string? height, List<string> merges, string lastColumn)
    {
        var rowText = Number(row);
        StartRow(xml, rowText, height);
        TextCell(xml, "A", rowText, text, Number(style));
        xml.WriteEndElement();
        merges.Add($"A{rowText}:{lastColumn}{rowText}");
    }

    private static void StartCell(XmlWriter xml, string column, string row, string style)
    {
        xml.WriteStartElement("c");
        xml.WriteStartAttribute("r");
        xml.WriteString(column);
        xml.WriteString(row);
        xml.WriteEndAttribute();
        xml.WriteAttributeString("s", style);
    }

    private static void TextCell(XmlWriter xml, string column, string row, string text, string style)
    {
        StartCell(xml, column, row, style);
        xml.WriteAttributeString("t", "inlineStr");
        xml.WriteStartElement("is");
        xml.WriteStartElement("t");
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(XmlSafe(text));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void ValueCell(XmlWriter xml, string column, string row, object? value, string style)
    {
        switch (value)
        {
            case null:
                StartCell(xml, column, row, TextStyle);
                xml.WriteEndElement();
                break;
            case decimal d:
                NumberCell(xml, column, row, style);
                xml.WriteValue(d);
                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
            case int n:
                NumberCell(xml, column, row, style);
                xml.WriteValue(n);
                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
            default:
                TextCell(xml, column, row, value.ToString() ?? "", TextStyle);
                break;
        }
    }

    private static void NumberCell(XmlWriter xml, string column, string row, string style)
    {
        StartCell(xml, column, row, style);
        xml.WriteAttributeString("t", "n");
        xml.WriteStartElement("v");
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static uint StyleFor(ReportCellKind kind) => kind switch
    {
        ReportCellKind.Points => ExcelStyles.Points,
        ReportCellKind.Count => ExcelStyles.Count,
        _ => ExcelStyles.Text,
    };

    /// <summary>Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook.</summary>
    /// <summary>
    /// Without the characters XML cannot hold: a control character that reached the database some other way (a name
    /// in an old import) would otherwise fail the whole workbook. Surrogates are kept: rare characters of names
    /// (CJK Extension B and beyond) are pairs of them.
    /// </summary>
    private static string XmlSafe(string text) => text.All(Kept) ? text : string.Concat(text.Where(Kept));

    private static bool Kept(char c) => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c);

    private static string UniqueName(string wanted, HashSet<string> taken)
    {
        var clean = new string(XmlSafe(wanted).Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray()).Trim();
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
