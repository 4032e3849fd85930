using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace PartyScoring.Web.Dashboards;

/// <summary>
/// Charts drawn on the server as inline SVG (no script, no CDN — the CSP allows neither). Each chart has a title and a
/// description for screen readers, colours come from site.css classes (series-0…) so print styles can change them, and
/// every number drawn is also printed as a label and in the table next to the chart.
/// </summary>
public static class SvgCharts
{
    private const int Width = 640;
    private const int LabelWidth = 130;
    private const int BarHeight = 22;
    private const int Gap = 8;
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Bars(string id, string title, string description, IReadOnlyList<(string Label, decimal? Value)> bars,
        string format = "0.0")
    {
        var max = Math.Max(1m, bars.Select(b => b.Value ?? 0).DefaultIfEmpty(0).Max());
        var height = Gap + bars.Count * (BarHeight + Gap);
        var svg = Open(id, title, description, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = Gap + i * (BarHeight + Gap);
            var w = (int)Math.Round((value ?? 0) / max * (Width - LabelWidth - 60));
            Label(svg, 4, y + 15, label);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"series-0\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{w}\" height=\"{BarHeight}\"></rect>");
            Label(svg, LabelWidth + w + 4, y + 15, value?.ToString(format, CultureInfo.InvariantCulture) ?? "—");
        }
        return Close(svg);
    }

    public static IHtmlContent StackedBars(string id, string title, string description, IReadOnlyList<string> series,
        IReadOnlyList<(string Label, IReadOnlyList<int> Counts)> bars)
    {
        var max = Math.Max(1, bars.Select(b => b.Counts.Sum()).DefaultIfEmpty(0).Max());
        var height = Gap + (bars.Count + 1) * (BarHeight + Gap);
        var svg = Open(id, title, description, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var y = Gap + i * (BarHeight + Gap);
            Label(svg, 4, y + 15, bars[i].Label);
            var x = (double)LabelWidth;
            for (var s = 0; s < bars[i].Counts.Count; s++)
            {
                var w = bars[i].Counts[s] * (double)(Width - LabelWidth - 40) / max;
                if (w > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"series-{s}\" x=\"{x:0.#}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{BarHeight}\"><title>");
                    svg.Append(Encode($"{bars[i].Label} {series[s]}: {bars[i].Counts[s]}")).Append("</title></rect>");
                    if (w >= 16)
                        Label(svg, x + 3, y + 15, bars[i].Counts[s].ToString(CultureInfo.InvariantCulture), "bar-label");
                }
                x += w;
            }
        }
        Legend(svg, series, Gap + bars.Count * (BarHeight + Gap));
        return Close(svg);
    }

    public static IHtmlContent Lines(string id, string title, string description, IReadOnlyList<string> xLabels,
        IReadOnlyList<(string Label, IReadOnlyList<decimal?> Values)> series)
    {
        const int top = 16, plot = 200, left = 50, right = 50;
        var values = series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).ToList();
        // The axis spans the data (rounded out to tens), not zero to the top: averages move by a few points a quarter.
        var max = values.Count == 0 ? 10m : Math.Ceiling((values.Max() + 1) / 10) * 10;
        var min = values.Count == 0 ? 0m : Math.Floor((values.Min() - 1) / 10) * 10;
        var height = top + plot + 30 + (series.Count + 3) / 4 * 20 + 10;
        var svg = Open(id, title, description, height);
        var step = xLabels.Count <= 1 ? 0 : (Width - left - right) / (double)(xLabels.Count - 1);
        double X(int i) => left + (xLabels.Count <= 1 ? (Width - left - right) / 2.0 : i * step);
        double Y(decimal v) => top + plot - (double)((v - min) / (max - min)) * plot;
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{left}\" y1=\"{top + plot}\" x2=\"{Width - right}\" y2=\"{top + plot}\"></line>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + plot}\"></line>");
        Label(svg, 2, top + 4, max.ToString("0", CultureInfo.InvariantCulture));
        Label(svg, 2, top + plot, min.ToString("0", CultureInfo.InvariantCulture));
        for (var i = 0; i < xLabels.Count; i++)
            Label(svg, X(i) - 8, top + plot + 18, xLabels[i]);
        for (var s = 0; s < series.Count; s++)
        {
            var points = series[s].Values.Select((v, i) => (v, i)).Where(p => p.v is not null)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.i):0.#},{Y(p.v!.Value):0.#}")).ToList();
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"line series-{s % 8}\" points=\"{string.Join(' ', points)}\"></polyline>");
            foreach (var p in series[s].Values.Select((v, i) => (v, i)).Where(p => p.v is not null))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"series-{s % 8}\" cx=\"{X(p.i):0.#}\" cy=\"{Y(p.v!.Value):0.#}\" r=\"3\"><title>");
                svg.Append(Encode($"{series[s].Label} {xLabels[p.i]}: {p.v.Value.ToString("0.0", CultureInfo.InvariantCulture)}")).Append("</title></circle>");
            }
        }
        Legend(svg, series.Select(s => s.Label).ToList(), top + plot + 28);
        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description, int height)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"{Encode(id)}\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{Encode(id)}-title {Encode(id)}-desc\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Encode(id)}-title\">{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{Encode(id)}-desc\">{Encode(description)}</desc>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static void Legend(StringBuilder svg, IReadOnlyList<string> series, int y)
    {
        for (var s = 0; s < series.Count; s++)
        {
            var x = LabelWidth + s % 4 * 125;
            var row = y + s / 4 * 20;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"series-{s % 8}\" x=\"{x}\" y=\"{row}\" width=\"12\" height=\"12\"></rect>");
            Label(svg, x + 16, row + 11, series[s]);
        }
    }

    private static void Label(StringBuilder svg, double x, double y, string text, string css = "chart-label") =>
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"{css}\" x=\"{x:0.#}\" y=\"{y:0.#}\">{Encode(text)}</text>");

    private static string Encode(string text) => Encoder.Encode(text);
}
