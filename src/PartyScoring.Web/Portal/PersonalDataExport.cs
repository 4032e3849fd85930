using System.Globalization;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Members;
using PartyScoring.Infrastructure.Exports;

namespace PartyScoring.Web.Portal;

/// <summary>A personal-data file ready to send.</summary>
public sealed record PersonalDataFile(Stream Content, string ContentType, string Name);

/// <summary>
/// 导出我的数据: everything held about the member, as an Excel workbook (default) or JSON, for the member themself or the
/// secretary or clerk of their branch acting on the member's request (<see cref="PersonalDataAccess"/>). Every download
/// writes an audit line.
/// </summary>
public sealed class PersonalDataExport(PersonalDataQuery query, PersonalDataWorkbook workbook, IExcelExporter excel, ExportAudit audit,
    PersonalDataAccess access, IStringLocalizer<SharedResource> text)
{
    /// <returns>Null for an unknown format or a member the user may not export (404).</returns>
    public async Task<PersonalDataFile?> RunAsync(int memberId, string? format, CancellationToken ct)
    {
        var kind = format is null or "" ? "xlsx" : format;
        if (kind is not ("xlsx" or "json"))
            return null;
        var record = await query.RunAsync(memberId, ct);
        if (record is null)
            return null;
        await audit.RecordAsync(nameof(Member), memberId.ToString(CultureInfo.InvariantCulture),
            $"PersonalData.{kind} ({(access.IsOwn(memberId) ? "self" : "on request")})", ct);

        var name = $"{text["PersonalData_Title"]}-{record.Profile.Name}-{record.ExportedAt.ToLocalTime():yyyyMMdd}.{kind}";
        if (kind == "json")
            return new PersonalDataFile(new MemoryStream(PersonalDataJson.Write(record)), "application/json", name);
        var stream = new MemoryStream();
        excel.Write(workbook.Build(record), stream);
        stream.Position = 0;
        return new PersonalDataFile(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }
}
