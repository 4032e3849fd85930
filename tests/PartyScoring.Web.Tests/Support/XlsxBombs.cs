using System.IO.Compression;
using System.Text;

namespace PartyScoring.Web.Tests.Support;

/// <summary>
/// Hostile workbooks built from a real roster file by rewriting its zip: the sheet's XML padded, replaced or given a
/// DOCTYPE, the directory made to lie, or the package filled with entries. Each is small on disk.
/// </summary>
public static class XlsxBombs
{
    /// <summary>The first reproduction: the sheet XML padded with 1 GB of whitespace, honestly declared (about 1 MB on disk).</summary>
    public static readonly Lazy<byte[]> Whitespace = new(() => Rewrite(RosterFile.Build([]), (_, original, output) => Pad(original, output, 1024)));

    /// <summary>
    /// 200 MB of whitespace inside the sheet XML whose directory entries (local and central) claim 900 bytes, under
    /// every ratio check. .NET stops unpacking at the declared size, so what is read is a cut-off sheet.
    /// </summary>
    public static readonly Lazy<byte[]> LyingDirectory = new(() =>
    {
        var zip = Rewrite(RosterFile.Build([]), (_, original, output) => Pad(original, output, 200));
        ClaimSize(zip, 900);
        return zip;
    });

    private static void Pad(byte[] original, Stream output, int megabytes)
    {
        var xml = Encoding.UTF8.GetString(original);
        var at = xml.IndexOf("<x:sheetData", StringComparison.Ordinal) is var i and >= 0 ? i : xml.IndexOf("<sheetData", StringComparison.Ordinal);
        output.Write(Encoding.UTF8.GetBytes(xml[..at]));
        var spaces = new byte[1024 * 1024];
        Array.Fill(spaces, (byte)' ');
        for (var mb = 0; mb < megabytes; mb++)
            output.Write(spaces);
        output.Write(Encoding.UTF8.GetBytes(xml[at..]));
    }

    /// <summary>The second: 64 MB of empty cells in one row.</summary>
    public static readonly Lazy<byte[]> EmptyCells = new(() => Rewrite(RosterFile.Build([]), (_, _, output) =>
    {
        output.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"u8);
        var cells = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<c/>", 256 * 1024)));
        for (var i = 0; i < 64; i++)
            output.Write(cells);
        output.Write("</row></sheetData></worksheet>"u8);
    }));

    /// <summary>A package of 5,000 tiny entries beside the workbook's own.</summary>
    public static byte[] ManyEntries()
    {
        var source = RosterFile.Build([]);
        var output = new MemoryStream();
        using (var writer = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            CopyAll(source, writer, null);
            for (var i = 0; i < 5000; i++)
                using (var s = writer.CreateEntry($"customXml/item{i}.xml").Open())
                    s.Write("<a/>"u8);
        }
        return output.ToArray();
    }

    /// <summary>A good roster whose sheet XML carries an internal DTD with an entity (the classic start of "billion laughs").</summary>
    public static byte[] Doctype(byte[] roster) => Rewrite(roster, (_, original, output) =>
    {
        var xml = Encoding.UTF8.GetString(original);
        var declarationEnd = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        var root = xml.IndexOf('<', declarationEnd);
        var rootName = xml[(root + 1)..].Split(' ', '>')[0];
        output.Write(Encoding.UTF8.GetBytes(xml[..declarationEnd] + $"<!DOCTYPE {rootName} [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>" + xml[declarationEnd..]));
    });

    private static byte[] Rewrite(byte[] source, Action<string, byte[], Stream> sheet)
    {
        var output = new MemoryStream();
        using (var writer = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            CopyAll(source, writer, sheet);
        return output.ToArray();
    }

    private static void CopyAll(byte[] source, ZipArchive writer, Action<string, byte[], Stream>? sheet)
    {
        using var reader = new ZipArchive(new MemoryStream(source), ZipArchiveMode.Read);
        foreach (var entry in reader.Entries)
        {
            var original = new MemoryStream();
            using (var s = entry.Open())
                s.CopyTo(original);
            using var target = writer.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open();
            if (sheet is not null && IsSheet(entry.FullName))
                sheet(entry.FullName, original.ToArray(), target);
            else
                target.Write(original.ToArray());
        }
    }

    /// <summary>The SDK names the first worksheet part differently from Excel; any worksheet part is "the sheet".</summary>
    private static bool IsSheet(string name) => name.Contains("worksheets/", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal);

    /// <summary>Overwrites the uncompressed size of every worksheet entry in the local headers and the central directory.</summary>
    private static void ClaimSize(byte[] zip, uint size)
    {
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BitConverter.ToUInt32(zip, i);
            if (signature == 0x04034b50 && NameAt(zip, i + 30, BitConverter.ToUInt16(zip, i + 26)) is var local && IsSheet(local))
                BitConverter.GetBytes(size).CopyTo(zip, i + 22);
            else if (signature == 0x02014b50 && NameAt(zip, i + 46, BitConverter.ToUInt16(zip, i + 28)) is var central && IsSheet(central))
                BitConverter.GetBytes(size).CopyTo(zip, i + 24);
        }
    }

    private static string NameAt(byte[] zip, int offset, int length) =>
        offset + length <= zip.Length ? Encoding.UTF8.GetString(zip, offset, length) : "";
}
