using System.Globalization;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Exports;

namespace PartyScoring.Web.Portal;

/// <summary>
/// Lays out a <see cref="PersonalDataRecord"/> as the project's paper-style workbook (title, organisation and period
/// lines, repeated header row), one sheet per kind of record, so the member can read every item the system holds.
/// </summary>
public sealed class PersonalDataWorkbook(IStringLocalizer<SharedResource> t)
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "yyyy-MM-dd HH:mm";

    public ReportWorkbook Build(PersonalDataRecord r)
    {
        var p = r.Profile;
        var organisation = $"{p.Branch} {p.Name}";
        var period = t["PersonalData_Period", r.ExportedAt.ToLocalTime().ToString(TimeFormat, CultureInfo.InvariantCulture), r.ExportedBy].Value;
        ReportSheet Sheet(string name, IReadOnlyList<ReportColumn> columns, IReadOnlyList<ReportSection> sections, bool landscape = true) =>
            new(t[name], t["PersonalData_Title"], organisation, period, landscape, columns, sections, [], null, t["Export_ExcelFooter"]);

        return new ReportWorkbook(
        [
            Sheet("PersonalData_Sheet_Profile", [new(t["PersonalData_Field"], 22), new(t["PersonalData_Value"], 50)], Profile(r), landscape: false),
            Sheet("PersonalData_Sheet_Years",
                [new(t["Col_Year"], 8), new(t["Col_Total"], 10, ReportCellKind.Points), new(t["Col_Grade"], 10), new(t["Col_Rank"], 16), new(t["Portal_Source"], 16)],
                [new ReportSection(null, r.Years.Select(y => Row(y.Year.ToString(CultureInfo.InvariantCulture), y.Total, Grade(y.Grade),
                    y.Rank is { } rank ? t["Rank_Of", rank, y.GradedInBranch].Value : "",
                    y.Archived ? t["Portal_Archived"].Value : t["Portal_Computed"].Value)).ToList())], landscape: false),
            Sheet("PersonalData_Sheet_Register", RegisterColumns(), [new ReportSection(null, r.YearEndRegisters.Select(e => Row(
                e.Year.ToString(CultureInfo.InvariantCulture), t["YearEndState_" + e.RegisterState].Value, t["YearEndSection_" + e.Section].Value,
                e.Base, e.Duty, e.Bonus, e.Deductions, e.EvaluationScore, e.Total, e.Vetoed ? t["YearEnd_Veto"].Value : "", e.Rank, Grade(e.Grade),
                e.Voters is null ? "" : $"{e.VotesGood}/{e.VotesMedium}/{e.VotesPoor}/{e.Voters}")).ToList())]),
            Sheet("PersonalData_Sheet_Lines", LineColumns(), [new ReportSection(null, Lines(r))]),
            Sheet("PersonalData_Sheet_Declarations",
                [new(t["Col_Year"], 8), new(t["Col_Quarter"], 8), new(t["Col_Item"], 26), new(t["Col_Points"], 8, ReportCellKind.Points),
                 new(t["Col_Description"], 30), new(t["Declaration_Evidence"], 24), new(t["Col_State"], 10), new(t["Objection_Decision"], 30)],
                [new ReportSection(null, r.Declarations.Select(l => Row(l.Year.ToString(CultureInfo.InvariantCulture), t["Quarter_N", l.Quarter].Value,
                    $"{l.ItemCode} {l.ItemName}", l.Points, l.Description, l.EvidenceNote, t["LineState_" + l.State].Value, l.DecisionReason)).ToList())]),
            Sheet("PersonalData_Sheet_Objections",
                [new(t["PersonalData_Kind"], 14), new(t["Col_Year"], 8), new(t["Col_Quarter"], 8), new(t["PersonalData_Line"], 10, ReportCellKind.Count),
                 new(t["Objection_Reason"], 30), new(t["Col_Time"], 16), new(t["Col_State"], 10), new(t["Objection_Decision"], 30), new(t["Portal_DecidedBy"], 22)],
                [new ReportSection(null, r.Objections.Select(o => Row(
                    t[o.Kind == PersonalObjectionKind.Quarter ? "PersonalData_KindQuarter" : "PersonalData_KindYearEnd"].Value,
                    o.Year.ToString(CultureInfo.InvariantCulture), o.Quarter is { } q ? t["Quarter_N", q].Value : "", o.LineId is { } id ? (int)id : null,
                    o.Reason, Time(o.RaisedAt), t["ObjectionState_" + o.State].Value, o.Decision, Who(o.DecidedBy, o.DecidedAt))).ToList())]),
            Sheet("PersonalData_Sheet_Talks",
                [new(t["PersonalData_Kind"], 16), new(t["Col_Year"], 8), new(t["YearEnd_Date"], 12), new(t["YearEnd_TalkBy"], 14),
                 new(t["YearEnd_HandlingText"], 40), new(t["YearEnd_FollowUp"], 30)],
                [new ReportSection(null, Talks(r))]),
            Sheet("PersonalData_Sheet_Evidence",
                [new(t["PersonalData_Line"], 10, ReportCellKind.Count), new(t["PersonalData_FileName"], 36), new(t["PersonalData_Kind"], 10),
                 new(t["PersonalData_Size"], 12, ReportCellKind.Count), new(t["PersonalData_UploadedBy"], 24)],
                [new ReportSection(null, r.EvidenceFiles.Select(f => Row((int)f.LineId, f.FileName, t["EvidenceKind_" + f.Kind].Value,
                    f.Size <= int.MaxValue ? (int)f.Size : null, Who(f.UploadedBy, f.UploadedAt))).ToList())], landscape: false),
        ]);
    }

    private IReadOnlyList<ReportSection> Profile(PersonalDataRecord r)
    {
        var p = r.Profile;
        var rows = new List<IReadOnlyList<object?>>
        {
            Row(t["Col_Name"].Value, p.Name),
            Row(t["PersonalData_Gender"].Value, t["Gender_" + p.Gender].Value),
            Row(t["PersonalData_BirthDate"].Value, Date(p.BirthDate)),
            Row(t["Col_Phone"].Value, p.Phone),
            Row(t["Col_Branch"].Value, p.Branch),
            Row(t["PersonalData_PartyGroup"].Value, p.PartyGroup),
            Row(t["Col_Status"].Value, t["Status_" + p.Status].Value),
            Row(t["Col_Category"].Value, t["Category_" + p.Category].Value),
            Row(t["PersonalData_JoinedOn"].Value, Date(p.JoinedOn)),
            Row(t["PersonalData_OutflowBranch"].Value, p.OutflowBranch),
            Row(t["PersonalData_LeftOn"].Value, Date(p.LeftOn)),
            Row(t["PersonalData_Login"].Value, p.Login),
        };
        var history = r.BranchHistory.Select(b => Row(b.Branch, $"{Date(b.From)} – {Date(b.To)}")).ToList();
        var exemptions = r.Exemptions.Select(e => Row(e.Year.ToString(CultureInfo.InvariantCulture), string.Join("；", new[]
        {
            t["ExemptionReason_" + e.Reason].Value, t["ExemptionState_" + e.State].Value, e.Note,
            t["PersonalData_Applied", Date(e.AppliedOn)].Value,
            e.BranchApprovedOn is { } a ? t["PersonalData_BranchApproved", Date(a), e.BranchApprovedBy ?? ""].Value : null,
            e.FiledOn is { } f ? t["PersonalData_Filed", Date(f), e.FiledBy ?? ""].Value : null,
        }.Where(s => !string.IsNullOrEmpty(s))))).ToList();
        return [new ReportSection(null, rows), new ReportSection(t["PersonalData_BranchHistory"], history), new ReportSection(t["PersonalData_Exemptions"], exemptions)];
    }

    private List<IReadOnlyList<object?>> Lines(PersonalDataRecord r)
    {
        var files = r.EvidenceFiles.ToLookup(f => f.LineId);
        return r.Lines.Select(l => Row(
            (int)l.Id, l.Year.ToString(CultureInfo.InvariantCulture), t["Quarter_N", l.Quarter].Value, l.Branch, $"{l.ItemCode} {l.ItemName}", l.Points,
            l.Description, t["LineState_" + l.State].Value, t["LedgerSource_" + l.Source].Value, Who(l.EnteredBy, l.EnteredAt),
            string.Join(" ", new[] { Who(l.DecidedBy, l.DecidedAt), l.DecisionReason }.Where(s => !string.IsNullOrEmpty(s))),
            l.ReversesLineId is { } reversed ? t["PersonalData_Reverses", reversed].Value : "",
            string.Join("；", new[] { l.EvidenceNote }.Concat(files[l.Id].Select(f => f.FileName)).Where(s => !string.IsNullOrEmpty(s))),
            l.ReviewComment)).ToList();
    }

    private List<IReadOnlyList<object?>> Talks(PersonalDataRecord r)
    {
        var rows = r.Talks.Select(x => Row(t["PersonalData_Talk"].Value, x.Year.ToString(CultureInfo.InvariantCulture), Date(x.TalkedOn),
            x.TalkedBy, x.Summary, x.FollowUp)).ToList();
        foreach (var h in r.Handlings)
        {
            rows.AddRange(h.Steps.Select(s => Row($"{t["PersonalData_Handling"].Value} · {t["HandlingStep_" + s.Kind].Value}",
                h.Year.ToString(CultureInfo.InvariantCulture), Date(s.On), s.RecordedBy, s.Text,
                s.Deadline is { } d ? t["YearEnd_RectifyBy", Date(d)].Value : "")));
            if (h.ClosedOn is { } closed)
                rows.Add(Row($"{t["PersonalData_Handling"].Value} · {t["YearEnd_HandlingClosed", Date(closed)].Value}", h.Year.ToString(CultureInfo.InvariantCulture),
                    Date(closed), "", h.Conclusion, ""));
        }
        return rows;
    }

    private ReportColumn[] RegisterColumns() =>
    [
        new(t["Col_Year"], 8), new(t["Col_State"], 10), new(t["PersonalData_Kind"], 10), new(t["Col_Base"], 8, ReportCellKind.Points),
        new(t["Col_Duty"], 8, ReportCellKind.Points), new(t["Col_Bonus"], 8, ReportCellKind.Points), new(t["Col_Deductions"], 8, ReportCellKind.Points),
        new(t["YearEnd_Evaluation"], 8, ReportCellKind.Points), new(t["Col_Total"], 9, ReportCellKind.Points), new(t["YearEnd_Veto"], 8),
        new(t["Col_Rank"], 7, ReportCellKind.Count), new(t["Col_Grade"], 9), new(t["PersonalData_Votes"], 16),
    ];

    private ReportColumn[] LineColumns() =>
    [
        new(t["PersonalData_Line"], 9, ReportCellKind.Count), new(t["Col_Year"], 7), new(t["Col_Quarter"], 8), new(t["Col_Branch"], 14),
        new(t["Col_Item"], 24), new(t["Col_Points"], 8, ReportCellKind.Points), new(t["Col_Description"], 30), new(t["Col_State"], 9),
        new(t["PersonalData_Source"], 10), new(t["PersonalData_EnteredBy"], 20), new(t["PersonalData_Decided"], 26),
        new(t["PersonalData_Correction"], 12), new(t["PersonalData_Evidence"], 24), new(t["PersonalData_ReviewComment"], 20),
    ];

    private string Grade(Grade? grade) => grade is { } g ? t["Grade_" + g].Value : t["Grade_None"].Value;

    private static IReadOnlyList<object?> Row(params object?[] values) => values;

    private static string Date(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? "";

    private static string Time(DateTimeOffset at) => at.ToLocalTime().ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static string Who(string? by, DateTimeOffset? at) =>
        by is null && at is null ? "" : $"{by} {(at is { } a ? Time(a) : "")}".Trim();
}
