using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PartyScoring.Infrastructure.Exports;

namespace PartyScoring.Infrastructure.Tests.Exports;

/// <summary>
/// The writer streams the sheet XML by hand, so the file is checked against the SpreadsheetML schema with the SDK's
/// validator and read back cell by cell: values, types, styles, merged lines, frozen header and print setup.
/// </summary>
public sealed class ExcelReportWriterTests
{
    private static readonly ReportSheet Register = new(
        "红星村[党支部]", "党员年度积分统计表", "红星村党支部", "2026 年度", Landscape: true,
        [new ReportColumn("排名", 7, ReportCellKind.Count), new ReportColumn("姓名", 12), new ReportColumn("年度积分", 10, ReportCellKind.Points)],
        [
            new ReportSection(null, [[1, "  张三", 95.5m], [2, "李<四>&", 80m]]),
            new ReportSection("入党积极分子", [[null, "王五"]]),
        ],
        ["党组织负责人：", "填表人："],
        Note: "说明：草稿",
        ExcelFooter: "第 &P 页 / 共 &N 页");

    private static readonly ReportSheet Portrait = Register with { SheetName = "第二张", Landscape = false, Note = null, ExcelFooter = null };

    [Fact]
    public void TheWorkbookIsValidSpreadsheetMlAndReadsBackAsLaidOut()
    {
        using var file = new MemoryStream();
        new ExcelReportWriter().Write(new ReportWorkbook([Register, Portrait]), file);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file.ToArray()), false);
        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
        var workbook = document.WorkbookPart!;
        workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("红星村党支部", "第二张");
        var sheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!)).Worksheet;

        var rows = sheet.Descendants<Row>().ToList();
        rows.Select(r => r.RowIndex!.Value).Should().Equal(1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u, 10u, 11u);
        rows[0].Height!.Value.Should().Be(28);
        rows[0].CustomHeight!.Value.Should().BeTrue();
        Cells(rows[3]).Should().Equal(("A4", "排名", 3u), ("B4", "姓名", 3u), ("C4", "年度积分", 3u));
        Cells(rows[4]).Should().Equal(("A5", "1", 6u), ("B5", "  张三", 4u), ("C5", "95.5", 5u));
        Cells(rows[5]).Should().Equal(("A6", "2", 6u), ("B6", "李<四>&", 4u), ("C6", "80", 5u));
        Cells(rows[6]).Should().Equal(("A7", "入党积极分子", 7u));
        Cells(rows[7]).Should().Equal(("A8", "", 4u), ("B8", "王五", 4u), ("C8", "", 4u));
        Cells(rows[8]).Should().Equal(("A10", "说明：草稿", 2u));
        Cells(rows[9]).Should().Equal(("A11", "党组织负责人：        填表人：", 2u));
        rows[4].Elements<Cell>().First().DataType!.Value.Should().Be(CellValues.Number);

        sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).Should().Equal("A1:C1", "A2:C2", "A3:C3", "A7:C7", "A10:C10", "A11:C11");
        var pane = sheet.Descendants<Pane>().Single();
        (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value).Should().Be((4d, "A5", PaneStateValues.Frozen));
        sheet.Descendants<Column>().Select(c => c.Width!.Value).Should().Equal(7, 12, 10);
        var setup = sheet.Descendants<PageSetup>().Single();
        (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value).Should().Be((9u, OrientationValues.Landscape, 1u, 0u));
        sheet.Descendants<PageSetupProperties>().Single().FitToPage!.Value.Should().BeTrue();
        sheet.Descendants<PrintOptions>().Single().HorizontalCentered!.Value.Should().BeTrue();
        sheet.Descendants<OddFooter>().Single().Text.Should().Be("第 &P 页 / 共 &N 页");

        var second = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Last().Id!)).Worksheet;
        second.Descendants<PageSetup>().Single().Orientation!.Value.Should().Be(OrientationValues.Portrait);
        second.Descendants<HeaderFooter>().Should().BeEmpty();
        workbook.Workbook.DefinedNames!.Elements<DefinedName>().Select(d => d.Text).Should().Equal("'红星村党支部'!$4:$4", "'第二张'!$4:$4");
        workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single().FormatCode!.Value.Should().Be("0.0");
    }

    private static IEnumerable<(string Reference, string Text, uint Style)> Cells(Row row) =>
        row.Elements<Cell>().Select(c => (c.CellReference!.Value!, c.InlineString?.InnerText ?? c.CellValue?.Text ?? "", c.StyleIndex!.Value));
}
