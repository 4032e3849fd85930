using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyScoring.Web.Tests.Support;

/// <summary>Builds roster workbooks as a clerk would fill the template, and uploads them through the import form.</summary>
public static class RosterFile
{
    public static readonly string[] Headers = ["姓名", "性别", "出生日期", "联系电话", "所在党支部", "党员状态", "人员类别", "入党时间"];

    /// <summary>Rows of text cells; a cell given as a DateTime is written as an Excel date serial with a date format.</summary>
    public static byte[] Build(IEnumerable<object[]> rows, string[]? headers = null)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint n = 1;
            foreach (var values in new[] { (object[])(headers ?? Headers) }.Concat(rows))
            {
                var row = new Row { RowIndex = n++ };
                foreach (var v in values)
                    row.Append(v is DateTime d
                        ? new Cell { CellValue = new CellValue(d.ToOADate()), DataType = CellValues.Number, StyleIndex = 1 }
                        : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v.ToString()!)) });
                data.Append(row);
            }
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Roster" }));
        }
        return stream.ToArray();
    }

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName = "roster.xlsx")
    {
        var page = await client.GetPageAsync("/Imports/Roster");
        var form = page.QuerySelector<IHtmlFormElement>("#roster-form")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        var body = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        body.Add(file, "file", fileName);
        return await client.PostAsync(form.GetAttribute("action"), body);
    }
}
