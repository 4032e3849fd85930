namespace PartyScoring.Infrastructure.Imports;

/// <summary>
/// Bounds on an uploaded workbook, checked before anything is parsed. A roster of 5,000 rows × 8 columns is about
/// 3 MB of sheet XML and 40,000 cells, so these leave room for real files and none for a decompression bomb
/// (issue 20: 1.1 MB of upload unpacking to 1.17 GB of whitespace).
/// </summary>
public sealed record XlsxLimits(
    int MaxEntries = 64,
    long MaxEntryBytes = 16 * 1024 * 1024,
    long MaxTotalBytes = 48 * 1024 * 1024,
    int MaxRatio = 100,
    int MaxRowElements = 100_000,
    int MaxCells = 250_000,
    int MaxSharedStrings = 100_000)
{
    public static readonly XlsxLimits Default = new();

    /// <summary>Below this size an entry may be as compressible as it likes (styles and empty sheets compress a lot).</summary>
    public const long RatioFloorBytes = 1024 * 1024;
}

/// <summary>Why a workbook was refused before or while it was read; the code is the message key's suffix.</summary>
public enum XlsxRefusal
{
    /// <summary>Too many entries, too large or too compressed once unpacked, or more rows or cells than the budget.</summary>
    TooBig,
    /// <summary>A DOCTYPE (and with it entity declarations) in one of the package's XML parts.</summary>
    Doctype,
}

/// <summary>The workbook is refused for what it would cost to read, not for what it says.</summary>
public sealed class XlsxRefusedException(XlsxRefusal reason, string detail) : Exception(detail)
{
    public XlsxRefusal Reason { get; } = reason;
}
