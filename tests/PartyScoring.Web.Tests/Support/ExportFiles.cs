using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyScoring.Web.Tests.Support;

/// <summary>
/// Reads exports back the way a person checks them: Excel with the OpenXML SDK, PDF with poppler's pdftotext,
/// pdffonts and pdftoppm (page 1 as a PNG under TestResults/exports for a human to look at).
/// </summary>
public static class ExportFiles
{
    public static string ArtifactFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartyScoring.sln")))
                dir = dir.Parent;
            var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "TestResults", "exports");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Every sheet as rows of cell texts (points formatted with one decimal), keyed by sheet name, in order.</summary>
    public static List<(string Name, List<string[]> Rows, WorksheetPart Part)> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().Select(s =>
        {
            var part = (WorksheetPart)workbook.GetPartById(s.Id!);
            var rows = part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToArray()).ToList();
            return (s.Name!.Value!, rows, part);
        }).ToList();
    }

    public static List<string[]> FirstSheet(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        return Sheets(document)[0].Rows;
    }

    private static string Text(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
        : cell.CellValue is { } v ? decimal.Parse(v.Text, CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture)
        : "";

    /// <summary>Saves the PDF, renders page 1 to PNG next to it and returns the text of every page (layout kept).</summary>
    public static string PdfText(byte[] pdf, string name)
    {
        var path = Path.Combine(ArtifactFolder, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        Programs.Run("pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", path, Path.Combine(ArtifactFolder, name + "-page1"));
        File.Exists(Path.Combine(ArtifactFolder, name + "-page1.png")).Should().BeTrue("pdftoppm renders page 1");
        return Programs.Run("pdftotext", "-layout", "-enc", "UTF-8", path, "-");
    }

    public static string PdfFonts(string name) => Programs.Run("pdffonts", Path.Combine(ArtifactFolder, name + ".pdf"));
}
