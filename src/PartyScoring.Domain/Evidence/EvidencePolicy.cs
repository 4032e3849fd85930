using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Evidence;

/// <summary>
/// Which uploads are accepted as evidence. The type is decided from the file's first bytes, not its name or the
/// browser's claim, so a web page renamed to .jpg is refused; each kind has its own size limit.
/// </summary>
public static class EvidencePolicy
{
    public const long MaxImageBytes = 10 * 1024 * 1024;
    public const long MaxPdfBytes = 10 * 1024 * 1024;
    public const long MaxVideoBytes = 50 * 1024 * 1024;
    /// <summary>Bytes needed to recognise every accepted format.</summary>
    public const int HeaderLength = 16;

    public static (EvidenceKind Kind, string ContentType) Check(ReadOnlySpan<byte> header, long length)
    {
        if (length <= 0)
            throw new DomainException("evidence.empty", "the file is empty");
        var (kind, contentType) = Recognise(header)
            ?? throw new DomainException("evidence.type", "only JPEG, PNG, PDF and MP4 files are accepted");
        var limit = kind switch { EvidenceKind.Image => MaxImageBytes, EvidenceKind.Pdf => MaxPdfBytes, _ => MaxVideoBytes };
        if (length > limit)
            throw new DomainException("evidence.size", $"{kind} files are limited to {limit / 1048576} MB");
        return (kind, contentType);
    }

    private static (EvidenceKind, string)? Recognise(ReadOnlySpan<byte> h)
    {
        if (h.Length >= 3 && h[0] == 0xFF && h[1] == 0xD8 && h[2] == 0xFF)
            return (EvidenceKind.Image, "image/jpeg");
        if (h.Length >= 8 && h[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            return (EvidenceKind.Image, "image/png");
        if (h.Length >= 5 && h[..5].SequenceEqual("%PDF-"u8))
            return (EvidenceKind.Pdf, "application/pdf");
        // ISO base media (MP4): a box size, then "ftyp".
        if (h.Length >= 8 && h[4..8].SequenceEqual("ftyp"u8))
            return (EvidenceKind.Video, "video/mp4");
        return null;
    }
}
