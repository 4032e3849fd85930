namespace PartyScoring.Bench;

/// <summary>Writes one provider's results into docs/benchmarks.md between its markers, leaving the rest of the page alone.</summary>
public static class ReportFile
{
    public static void ReplaceSection(string path, string provider, string section)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Benchmarks\n";
        var start = text.IndexOf($"<!-- bench:{provider} -->", StringComparison.Ordinal);
        var endMarker = $"<!-- /bench:{provider} -->";
        var end = text.IndexOf(endMarker, StringComparison.Ordinal);
        text = start >= 0 && end > start
            ? string.Concat(text.AsSpan(0, start), section, text.AsSpan(end + endMarker.Length))
            : text.TrimEnd() + "\n\n" + section + "\n";
        File.WriteAllText(path, text);
    }
}
