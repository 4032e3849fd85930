using System.Globalization;
using System.Security.Claims;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Web.Exports;

namespace PartyScoring.Bench;

/// <summary>
/// The township workbook (summary + one sheet per branch) for the first township (5,000 members) through the
/// product's exporter, end to end (data, layout, write) and writer only, beside a bare OpenXmlWriter writing the
/// same cells without styles, print setup or merged titles.
/// </summary>
public static class WorkbookScenario
{
    public static async Task<(Measurement EndToEnd, Measurement Writer, Measurement Bare, long PeakBytes, int Members)> RunAsync(BenchApp app, int year, int runs)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        var principal = await OfficePrincipalAsync(app);
        ReportWorkbook? workbook = null;
        long peak = 0;
        var endToEnd = await Measurement.RunAsync("township workbook, end to end", runs, async () =>
        {
            using var sampler = new WorkingSetSampler();
            workbook = await BuildAsync(app, principal, year);
            await using var scope = app.Services.CreateAsyncScope();
            using var output = new MemoryStream();
            scope.ServiceProvider.GetRequiredService<IExcelExporter>().Write(workbook, output);
            peak = Math.Max(peak, sampler.PeakAboveBaselineBytes);
        });
        var excel = app.Services.GetRequiredService<IExcelExporter>();
        var writer = await Measurement.RunAsync("township workbook, product writer only", runs, () =>
        {
            using var output = new MemoryStream();
            excel.Write(workbook!, output);
            return Task.CompletedTask;
        });
        var bare = await Measurement.RunAsync("same cells, bare OpenXmlWriter", runs, () =>
        {
            using var output = new MemoryStream();
            WriteBare(workbook!, output);
            return Task.CompletedTask;
        });
        var members = workbook!.Sheets.Skip(1).Sum(s => s.AllRows.Count());
        return (endToEnd, writer, bare, peak, members);
    }

    private static async Task<ReportWorkbook> BuildAsync(BenchApp app, ClaimsPrincipal office, int year)
    {
        app.Services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = office };
        await using var scope = app.Services.CreateAsyncScope();
        var data = scope.ServiceProvider.GetRequiredService<ExportData>();
        var registers = scope.ServiceProvider.GetRequiredService<RegisterBuilder>();
        var branches = await data.BranchYearsAsync(year);
        var sheets = new List<ReportSheet> { registers.TownshipSummary("第1乡党委", year, branches) };
        sheets.AddRange(branches.Select(registers.YearRegister));
        return new ReportWorkbook(sheets);
    }

    private static async Task<ClaimsPrincipal> OfficePrincipalAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var office = await users.Users.SingleAsync(u => u.UserName == "benchoffice");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(office);
    }

    /// <summary>The floor: the same cell values streamed with no styles, widths, merges or print setup.</summary>
    private static void WriteBare(ReportWorkbook workbook, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var book = document.AddWorkbookPart();
        var sheets = new Sheets();
        uint id = 1;
        foreach (var sheet in workbook.Sheets)
        {
            var part = book.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                foreach (var row in sheet.AllRows)
                {
                    writer.WriteStartElement(new Row());
                    foreach (var value in row)
                    {
                        var cell = value switch
                        {
                            null => new Cell(),
                            decimal d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
                            int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i) },
                            _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
                        };
                        writer.WriteElement(cell);
                    }
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = id, Name = "S" + id++ });
        }
        book.Workbook = new Workbook(sheets);
    }
}
