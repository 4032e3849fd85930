using Microsoft.Extensions.Localization;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Exports;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Infrastructure.StarRating;

namespace PartyScoring.Web.Exports;

/// <summary>
/// Lays out each paper form as a <see cref="ReportSheet"/> from the same figures the pages show; the Excel writer
/// and the print view both print that sheet.
/// </summary>
public sealed class RegisterBuilder(IStringLocalizer<SharedResource> t)
{
    private IReadOnlyList<string> Signatures => [t["Export_Sign_Leader"], t["Export_Sign_Clerk"], t["Export_Sign_Date"]];

    private ReportSheet Sheet(string sheetName, string title, string organisation, string period, bool landscape,
        IReadOnlyList<ReportColumn> columns, IReadOnlyList<ReportSection> sections, string? note = null) =>
        new(sheetName, title, t["Export_Org", organisation], period, landscape, columns, sections, Signatures, note, t["Export_ExcelFooter"]);

    private string GradeText(Grade? grade) => grade is { } g ? t["Grade_" + g] : "";

    /// <summary>党员积分登记表: each member's lines of the quarter by item, the quarter total and the year to date.</summary>
    public ReportSheet Quarterly(BranchQuarter q)
    {
        var columns = new ReportColumn[]
        {
            new(t["Col_No"], 6, ReportCellKind.Count), new(t["Col_Name"], 12), new(t["Col_Item"], 34), new(t["Col_Points"], 9, ReportCellKind.Points),
            new(t["Col_State"], 10), new(t["Col_QuarterTotal"], 11, ReportCellKind.Points), new(t["Col_YearToDate"], 11, ReportCellKind.Points),
        };
        var byMember = q.Lines.Where(l => l.Quarter == q.Quarter).ToLookup(l => l.MemberId);
        var rows = new List<IReadOnlyList<object?>>();
        var no = 0;
        foreach (var r in q.Everyone)
        {
            var lines = byMember[r.Member.Id].ToList();
            var quarterTotal = lines.Sum(l => l.Points);
            no++;
            if (lines.Count == 0)
                rows.Add([no, r.Member.Name, "", null, "", quarterTotal, r.Points.Total]);
            for (var i = 0; i < lines.Count; i++)
            {
                var l = lines[i];
                var state = l.State == LedgerLineState.Draft ? t["Export_DraftMark"].Value : t["LineState_" + l.State].Value;
                rows.Add(i == 0
                    ? [no, r.Member.Name, $"{l.ItemCode} {l.ItemName}", l.Points, state, quarterTotal, r.Points.Total]
                    : [null, "", $"{l.ItemCode} {l.ItemName}", l.Points, state, null, null]);
            }
        }
        return Sheet(q.Branch.Name, t["Export_Title_Quarterly"], q.Branch.Name, t["Export_PeriodQuarter", q.Year, q.Quarter], true,
            columns, [new ReportSection(null, rows)], t["Export_Note_Quarterly"]);
    }

    /// <summary>公示表: totals and the provisional grade only — no reasons, no notes.</summary>
    public ReportSheet Notice(BranchQuarter q)
    {
        var columns = new ReportColumn[]
        {
            new(t["Col_No"], 6, ReportCellKind.Count), new(t["Col_Name"], 14), new(t["Col_Status"], 14),
            new(t["Col_QuarterTotal"], 13, ReportCellKind.Points), new(t["Col_YearToDate"], 13, ReportCellKind.Points), new(t["Col_ProvisionalGrade"], 12),
        };
        var quarterTotals = q.Lines.Where(l => l.Quarter == q.Quarter).GroupBy(l => l.MemberId).ToDictionary(g => g.Key, g => g.Sum(l => l.Points));
        IReadOnlyList<object?> Row(MemberYearResult r, int i) =>
            [i + 1, r.Member.Name, t["Status_" + r.Member.Status].Value, quarterTotals.GetValueOrDefault(r.Member.Id), r.Points.Total, GradeText(r.Grade)];
        var sections = new List<ReportSection> { new(null, q.YearToDate.Graded.Select(Row).ToList()) };
        if (q.YearToDate.Activists.Count > 0)
            sections.Add(new ReportSection(t["Section_Activists"], q.YearToDate.Activists.Select(Row).ToList()));
        return Sheet(q.Branch.Name, t["Export_Title_Notice"], q.Branch.Name, t["Export_PeriodQuarter", q.Year, q.Quarter], false,
            columns, sections, t["Export_Note_Notice"]);
    }

    /// <summary>党员年度积分统计表: components, total, rank and grade; exempt members and activists in their own sections.</summary>
    public ReportSheet YearRegister(BranchYear b)
    {
        var columns = new ReportColumn[]
        {
            new(t["Col_Rank"], 7, ReportCellKind.Count), new(t["Col_Name"], 12), new(t["Col_Status"], 12),
            new(t["Col_Base"], 9, ReportCellKind.Points), new(t["Col_Duty"], 9, ReportCellKind.Points), new(t["Col_Bonus"], 9, ReportCellKind.Points),
            new(t["Col_Deductions"], 9, ReportCellKind.Points), new(t["Col_Total"], 10, ReportCellKind.Points), new(t["Col_Grade"], 10),
        };
        IReadOnlyList<object?> Row(MemberYearResult r) =>
            [r.Rank, r.Member.Name, t["Status_" + r.Member.Status].Value, r.Points.Base, r.Points.Duty, r.Points.Bonus, r.Points.Deductions, r.Points.Total, GradeText(r.Grade)];
        var sections = new List<ReportSection> { new(null, b.Result.Graded.Select(Row).ToList()) };
        if (b.Result.Activists.Count > 0)
            sections.Add(new ReportSection(t["Section_Activists"], b.Result.Activists.Select(Row).ToList()));
        if (b.Result.Exempt.Count > 0)
            sections.Add(new ReportSection(t["Section_Exempt"], b.Result.Exempt.Select(Row).ToList()));
        return Sheet(b.Branch.Name, t["Export_Title_YearRegister"], b.Branch.Name, t["Year_Label", b.Year], true, columns, sections,
            t["Scheme_InUse", b.Scheme.Name, b.Scheme.Version]);
    }

    /// <summary>The township workbook's summary sheet: one line per branch.</summary>
    public ReportSheet TownshipSummary(string township, int year, IReadOnlyList<BranchYear> branches)
    {
        var grades = GradesOf(branches);
        var columns = new List<ReportColumn> { new(t["Col_Branch"], 22), new(t["Col_Graded"], 9, ReportCellKind.Count) };
        columns.AddRange(grades.Select(g => new ReportColumn(t["Grade_" + g], 9, ReportCellKind.Count)));
        columns.Add(new ReportColumn(t["Col_Average"], 10, ReportCellKind.Points));
        var rows = branches.Select(b => (IReadOnlyList<object?>)new object?[] { b.Branch.Name, b.Result.Graded.Count }
            .Concat(grades.Select(g => (object?)b.Result.Graded.Count(r => r.Grade == g)))
            .Append(b.Result.Graded.Count == 0 ? 0m : Math.Round(b.Result.Graded.Average(r => r.Points.Total), 1))
            .ToList()).ToList();
        return Sheet(t["Export_SummarySheet"], t["Export_Title_Township"], township, t["Year_Label", year], true, columns, [new ReportSection(null, rows)]);
    }

    /// <summary>评星定级汇总表: every branch of the township with its scores, stars, stage and the rule that decided the stars.</summary>
    public ReportSheet StarSummary(TownshipRatingData d)
    {
        var columns = new ReportColumn[]
        {
            new(t["Col_No"], 6, ReportCellKind.Count), new(t["Col_Branch"], 20), new(t["Star_Col_Base"], 9, ReportCellKind.Points),
            new(t["Star_Col_Bonus"], 8, ReportCellKind.Points), new(t["Star_Col_Deductions"], 8, ReportCellKind.Points),
            new(t["Star_Col_Review"], 8, ReportCellKind.Points), new(t["Star_Col_Total"], 9, ReportCellKind.Points),
            new(t["Star_Col_Stars"], 7, ReportCellKind.Count), new(t["Star_Col_Stage"], 14), new(t["Star_Col_Why"], 40),
        };
        var rows = d.Branches.Select((b, i) => d.RatingOf(b.Id) is { IsEvaluated: true } r
            ? (IReadOnlyList<object?>)[i + 1, b.Name, r.BaseScore, r.Bonus, r.Deductions, r.ReviewScore, r.Total, r.Stars,
                t["Stage_" + r.Stage].Value, Queries.StarExplanation.For(t, r)]
            : [i + 1, b.Name, null, null, null, null, null, null,
                d.RatingOf(b.Id) is { } pending ? t["Stage_" + pending.Stage].Value : t["Stage_NotStarted"].Value, ""]).ToList();
        return Sheet(t["Export_Title_StarSummary"], t["Export_Title_StarSummary"], d.Township.Name, t["Year_Label", d.Year], true,
            columns, [new ReportSection(null, rows)]);
    }

    /// <summary>积分管理情况统计表（一）by branch, （二）by member category: graded members counted by grade.</summary>
    public ReportSheet Statistics(int table, string township, int year, IReadOnlyList<BranchYear> branches, IReadOnlyDictionary<int, MemberCategory> categories)
    {
        var grades = GradesOf(branches);
        var first = table == 1 ? new ReportColumn(t["Col_Branch"], 22) : new ReportColumn(t["Col_Category"], 18);
        var columns = new List<ReportColumn> { first, new(t["Col_Graded"], 9, ReportCellKind.Count) };
        columns.AddRange(grades.Select(g => new ReportColumn(t["Grade_" + g], 9, ReportCellKind.Count)));
        columns.Add(new ReportColumn(t["Col_Exempt"], 9, ReportCellKind.Count));
        columns.Add(new ReportColumn(t["Col_Activists"], 9, ReportCellKind.Count));

        IReadOnlyList<object?> Count(string label, IEnumerable<BranchYearResult> results, Func<int, bool> include)
        {
            var list = results.ToList();
            var graded = list.SelectMany(r => r.Graded).Where(r => include(r.Member.Id)).ToList();
            return new object?[] { label, graded.Count }
                .Concat(grades.Select(g => (object?)graded.Count(r => r.Grade == g)))
                .Append(list.SelectMany(r => r.Exempt).Count(r => include(r.Member.Id)))
                .Append(list.SelectMany(r => r.Activists).Count(r => include(r.Member.Id)))
                .ToList();
        }

        var results = branches.Select(b => b.Result).ToList();
        var rows = table == 1
            ? branches.Select(b => Count(b.Branch.Name, [b.Result], _ => true)).ToList()
            : Enum.GetValues<MemberCategory>().Select(c => Count(t["Category_" + c], results, id => categories.GetValueOrDefault(id) == c)).ToList();
        rows.Add(Count(t["Col_Sum"], results, _ => true));
        var title = table == 1 ? t["Export_Title_Stats1"] : t["Export_Title_Stats2"];
        return Sheet(title, title, township, t["Year_Label", year], true, columns, [new ReportSection(null, rows)]);
    }

    /// <summary>个人积分档案: every year's result, then every line over the years.</summary>
    public ReportSheet Archive(MemberArchive a)
    {
        var columns = new ReportColumn[]
        {
            new(t["Col_Year"], 8), new(t["Col_Quarter"], 8), new(t["Col_Item"], 30), new(t["Col_Description"], 30),
            new(t["Col_Points"], 9, ReportCellKind.Points), new(t["Col_State"], 10), new(t["Col_Total"], 10, ReportCellKind.Points), new(t["Col_Grade"], 9),
        };
        var summary = a.Years.Select(y => (IReadOnlyList<object?>)new object?[]
            { y.Year.ToString(), "", t["Export_YearResult"].Value, "", null, "", y.Result?.Points.Total, GradeText(y.Result?.Grade) }).ToList();
        var lines = a.Lines.Select(l => (IReadOnlyList<object?>)new object?[]
        {
            l.Year.ToString(), t["Quarter_N", l.Quarter].Value, $"{l.ItemCode} {l.ItemName}", l.Description, l.Points,
            l.State == LedgerLineState.Draft ? t["Export_DraftMark"].Value : t["LineState_" + l.State].Value, null, "",
        }).ToList();
        return Sheet(a.Member.Name, t["Export_Title_Archive"], $"{a.BranchName} {a.Member.Name}", t["Export_PeriodAll"], true, columns,
            [new ReportSection(t["Export_Section_Years"], summary), new ReportSection(t["Export_Section_Lines"], lines)]);
    }

    private static List<Grade> GradesOf(IReadOnlyList<BranchYear> branches) =>
        branches.SelectMany(b => b.Scheme.Bands.Select(x => x.Grade)).Distinct().Order().ToList() is { Count: > 0 } g
            ? g : [Grade.Excellent, Grade.Qualified, Grade.Unqualified];
}
