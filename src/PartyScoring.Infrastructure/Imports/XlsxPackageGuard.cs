using System.IO.Compression;
using System.Xml;

namespace PartyScoring.Infrastructure.Imports;

/// <summary>
/// Looks at an .xlsx as a zip before the Open XML SDK sees it: the entry count and each entry's sizes from the zip
/// directory, then every entry unpacked once into nothing, counting bytes, because the directory's sizes are written
/// by the sender and may lie. XML parts are read up to their root element to refuse a DOCTYPE: .NET would refuse it
/// anyway, but as an XmlException deep in the parse (a 500 before issue 20).
/// </summary>
public static class XlsxPackageGuard
{
    /// <summary>Throws <see cref="XlsxRefusedException"/> for a package over the limits; leaves the stream where it was.</summary>
    public static void Check(Stream stream, XlsxLimits limits)
    {
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxEntries)
                throw new XlsxRefusedException(XlsxRefusal.TooBig, $"{zip.Entries.Count} entries");
            long declaredTotal = 0;
            foreach (var entry in zip.Entries)
            {
                declaredTotal += entry.Length;
                if (entry.Length > limits.MaxEntryBytes || declaredTotal > limits.MaxTotalBytes)
                    throw new XlsxRefusedException(XlsxRefusal.TooBig, $"{entry.FullName}: {entry.Length} bytes unpacked");
                if (entry.Length > XlsxLimits.RatioFloorBytes && entry.Length > (long)limits.MaxRatio * Math.Max(1, entry.CompressedLength))
                    throw new XlsxRefusedException(XlsxRefusal.TooBig, $"{entry.FullName}: ratio {entry.Length / Math.Max(1, entry.CompressedLength)}");
            }
            foreach (var entry in zip.Entries)
                Unpack(entry, limits);
        }
        catch (InvalidDataException e)
        {
            throw new NotAWorkbookException(e);
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static void Unpack(ZipArchiveEntry entry, XlsxLimits limits)
    {
        // Never more than the directory promised (nor the limit): a lying directory is refused like a large one.
        using var bounded = new BoundedReadStream(entry.Open(), Math.Min(entry.Length, limits.MaxEntryBytes),
            () => new XlsxRefusedException(XlsxRefusal.TooBig, $"{entry.FullName}: more bytes than declared"));
        if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            RefuseDoctype(bounded, entry.FullName);
        bounded.CopyTo(Stream.Null);
    }

    /// <summary>Reads the prolog only. The DTD is parsed (to be seen), never resolved or expanded past a few characters.</summary>
    private static void RefuseDoctype(Stream xml, string name)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            CloseInput = false,
        };
        try
        {
            using var reader = XmlReader.Create(xml, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.DocumentType)
                    throw new XlsxRefusedException(XlsxRefusal.Doctype, $"{name}: DOCTYPE");
                if (reader.NodeType == XmlNodeType.Element)
                    return;
            }
        }
        catch (XmlException e)
        {
            throw new NotAWorkbookException(e);
        }
    }
}
