using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyScoring.Infrastructure.Imports;

/// <summary>
/// The roster template offered for download: the header row on sheet 1 (text-formatted so dates and phones stay as typed)
/// and the accepted values for gender, status, category and branch on sheet 2.
/// </summary>
public static class RosterTemplate
{
    public static void Write(Stream output, RosterVocabulary words, IReadOnlyList<string> branches, string valuesSheetName)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }, new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true }));

        var roster = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns(Enumerable.Range(1, words.Headers.Count).Select(i =>
            new Column { Min = (uint)i, Max = (uint)i, Width = 16, CustomWidth = true, Style = 2 }));
        roster.Worksheet = new Worksheet(columns, new SheetData(Row(1, words.Headers, 1)));

        var values = workbook.AddNewPart<WorksheetPart>();
        var lists = new[] { words.Genders.Keys.ToList(), words.Statuses.Keys.ToList(), words.Categories.Keys.ToList(), branches.ToList() };
        var header = new[] { words.Headers[1], words.Headers[5], words.Headers[6], words.Headers[4] };
        var data = new SheetData(Row(1, header, 1));
        for (var i = 0; i < lists.Max(l => l.Count); i++)
            data.Append(Row((uint)i + 2, lists.Select(l => i < l.Count ? l[i] : "").ToList(), 0));
        values.Worksheet = new Worksheet(new Columns(new Column { Min = 1, Max = 4, Width = 22, CustomWidth = true }), data);

        workbook.Workbook = new Workbook(new Sheets(
            new Sheet { Id = workbook.GetIdOfPart(roster), SheetId = 1, Name = "Roster" },
            new Sheet { Id = workbook.GetIdOfPart(values), SheetId = 2, Name = valuesSheetName }));
        workbook.Workbook.Save();
    }

    private static Row Row(uint index, IReadOnlyList<string> texts, uint style)
    {
        var row = new Row { RowIndex = index };
        foreach (var text in texts)
            row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)), StyleIndex = style });
        return row;
    }
}
