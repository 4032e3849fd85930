namespace PartyScoring.Infrastructure.Exports;

/// <summary>Prints a self-contained HTML page (CSS inlined) to an A4 PDF.</summary>
public interface IPdfRenderer
{
    /// <summary>False when the configured Chromium is not installed; the page then says so instead of failing.</summary>
    bool IsAvailable { get; }

    /// <exception cref="PdfUnavailableException">Chromium is absent, failed or timed out.</exception>
    Task<byte[]> RenderAsync(string html, CancellationToken ct = default);
}

public sealed class PdfUnavailableException(string message) : Exception(message);

public sealed class PdfSettings
{
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";
    /// <summary>Conversions running at once; each Chromium takes ~150 MB and a core.</summary>
    public int MaxConcurrent { get; set; } = 2;
    public int TimeoutSeconds { get; set; } = 60;
    /// <summary>
    /// Tagged PDF (a structure tree for screen readers). Off by default: for a 200-row register it makes the file
    /// ~4.7 times larger (745 KB instead of 158 KB) and the print about a third slower, for forms that are printed and
    /// signed on paper. Turn on where the PDFs must be accessible.
    /// </summary>
    public bool TaggedPdf { get; set; }
    /// <summary>Launch Chromium in the background as the app starts (off: at the first PDF, which then takes ~1 s longer).</summary>
    public bool WarmUpAtStart { get; set; } = true;
}
