namespace PartyScoring.Infrastructure.Exports;

/// <summary>Writes registers as an .xlsx workbook.</summary>
public interface IExcelExporter
{
    /// <param name="progress">Called after each sheet with the number of sheets written.</param>
    void Write(ReportWorkbook workbook, Stream output, Action<int>? progress = null);
}
