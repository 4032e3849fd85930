using AngleSharp.Dom;

namespace PartyScoring.Web.Tests.Exports;

/// <summary>A member's figures as the branch page shows them (the reference every export is compared with).</summary>
public sealed record PageRow(string Name, string Total, string Grade);

public static class PageFigures
{
    /// <summary>The graded table of /Branches/Details (the first points table): name, total, grade.</summary>
    public static List<PageRow> GradedRows(IDocument page) =>
        page.QuerySelectorAll("table.points-table")[0].QuerySelectorAll("tbody tr[data-member-id]")
            .Select(r => new PageRow(r.QuerySelector("td a")!.TextContent.Trim(), r.QuerySelector("td.total")!.TextContent.Trim(),
                r.QuerySelector("td.grade")!.TextContent.Trim()))
            .ToList();

    /// <summary>Every row of every points table (graded, activists, exempt): name and total.</summary>
    public static List<PageRow> AllRows(IDocument page) =>
        page.QuerySelectorAll("table.points-table tbody tr[data-member-id]")
            .Select(r => new PageRow(r.QuerySelector("td a")!.TextContent.Trim(), r.QuerySelector("td.total")!.TextContent.Trim(),
                r.QuerySelector("td.grade")?.TextContent.Trim() ?? ""))
            .ToList();
}
