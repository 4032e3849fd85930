using System.Globalization;
using System.Text;

namespace PartyScoring.Web.Security;

/// <summary>
/// A QR code (ISO/IEC 18004, model 2) for the authenticator set-up link, drawn as SVG on the server: no script (the
/// CSP forbids inline script) and no package. Byte mode, error-correction level M, versions 1–20 (up to 666 bytes),
/// the mask with the lowest penalty score.
/// </summary>
public sealed class QrCode
{
    public const int MaxVersion = 20;

    // Level M per version (index 0 unused): error-correction codewords per block, and number of blocks.
    private static readonly int[] EccPerBlock = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26];
    private static readonly int[] Blocks = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16];
    private const int FormatBitsLevelM = 0b00;

    private readonly bool[,] _dark;
    private readonly bool[,] _function;

    public int Version { get; }
    public int Size { get; }

    public bool IsDark(int x, int y) => _dark[y, x];

    private QrCode(int version)
    {
        Version = version;
        Size = version * 4 + 17;
        _dark = new bool[Size, Size];
        _function = new bool[Size, Size];
    }

    public static QrCode Encode(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var version = Enumerable.Range(1, MaxVersion).FirstOrDefault(v => DataCapacity(v) * 8 >= 4 + CountBits(v) + bytes.Length * 8);
        if (version == 0)
            throw new ArgumentException($"{bytes.Length} bytes do not fit a version {MaxVersion} QR code", nameof(text));

        var qr = new QrCode(version);
        qr.DrawFunctionPatterns();
        qr.PlaceCodewords(WithErrorCorrection(version, DataCodewords(version, bytes)));
        var best = Enumerable.Range(0, 8).MinBy(mask =>
        {
            qr.ApplyMask(mask);
            qr.DrawFormatBits(mask);
            var penalty = qr.Penalty();
            qr.ApplyMask(mask); // masking twice undoes it
            return penalty;
        });
        qr.ApplyMask(best);
        qr.DrawFormatBits(best);
        return qr;
    }

    /// <summary>The code as an SVG of dark squares on white, with the four-module quiet zone the standard asks for.</summary>
    public string ToSvg(int pixelsPerModule = 5)
    {
        var full = Size + 8;
        var path = new StringBuilder();
        for (var y = 0; y < Size; y++)
            for (var x = 0; x < Size; x++)
                if (_dark[y, x])
                    path.Append(CultureInfo.InvariantCulture, $"M{x + 4},{y + 4}h1v1h-1z");
        var pixels = full * pixelsPerModule;
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{pixels}\" height=\"{pixels}\" viewBox=\"0 0 {full} {full}\" shape-rendering=\"crispEdges\">"
               + $"<rect width=\"{full}\" height=\"{full}\" fill=\"#fff\"/><path d=\"{path}\" fill=\"#000\"/></svg>";
    }

    // --- capacity ------------------------------------------------------------------------------------------------

    /// <summary>Modules left for codewords once the function patterns are drawn.</summary>
    private static int RawModules(int version)
    {
        var size = version * 4 + 17;
        var modules = size * size - 3 * 8 * 8 - 2 * (size - 16) - 2 * 15 - 1; // finders with separators, timing, format, dark module
        if (version >= 2)
        {
            var aligns = version / 7 + 2;
            modules -= (aligns * aligns - 3) * 25 - 2 * (aligns - 2) * 5; // alignment patterns, less their overlap with timing
        }
        if (version >= 7)
            modules -= 2 * 18;
        return modules;
    }

    private static int TotalCodewords(int version) => RawModules(version) / 8;

    private static int DataCapacity(int version) => TotalCodewords(version) - EccPerBlock[version] * Blocks[version];

    private static int CountBits(int version) => version <= 9 ? 8 : 16;

    // --- data ----------------------------------------------------------------------------------------------------

    private static byte[] DataCodewords(int version, byte[] bytes)
    {
        var bits = new List<bool>();
        void Append(int value, int length)
        {
            for (var i = length - 1; i >= 0; i--)
                bits.Add(((value >> i) & 1) == 1);
        }
        Append(0b0100, 4); // byte mode
        Append(bytes.Length, CountBits(version));
        foreach (var b in bytes)
            Append(b, 8);
        var capacityBits = DataCapacity(version) * 8;
        Append(0, Math.Min(4, capacityBits - bits.Count)); // terminator
        Append(0, (8 - bits.Count % 8) % 8);
        var codewords = new List<byte>();
        for (var i = 0; i < bits.Count; i += 8)
            codewords.Add((byte)Enumerable.Range(0, 8).Aggregate(0, (acc, j) => (acc << 1) | (bits[i + j] ? 1 : 0)));
        for (var pad = 0; codewords.Count < DataCapacity(version); pad++)
            codewords.Add(pad % 2 == 0 ? (byte)0xEC : (byte)0x11);
        return codewords.ToArray();
    }

    /// <summary>Splits the data into blocks, adds each block's Reed–Solomon codewords and interleaves them.</summary>
    private static byte[] WithErrorCorrection(int version, byte[] data)
    {
        var blocks = Blocks[version];
        var ecc = EccPerBlock[version];
        var total = TotalCodewords(version);
        var shortBlocks = blocks - total % blocks;
        var shortData = total / blocks - ecc;
        var generator = ReedSolomon.Generator(ecc);
        var dataBlocks = new List<byte[]>();
        var eccBlocks = new List<byte[]>();
        for (int b = 0, at = 0; b < blocks; b++)
        {
            var length = shortData + (b < shortBlocks ? 0 : 1);
            var block = data[at..(at + length)];
            at += length;
            dataBlocks.Add(block);
            eccBlocks.Add(ReedSolomon.Remainder(block, generator));
        }
        var result = new List<byte>(total);
        for (var i = 0; i <= shortData; i++)
            result.AddRange(dataBlocks.Where(block => i < block.Length).Select(block => block[i]));
        for (var i = 0; i < ecc; i++)
            result.AddRange(eccBlocks.Select(block => block[i]));
        return result.ToArray();
    }

    // --- drawing -------------------------------------------------------------------------------------------------

    private void Set(int x, int y, bool dark)
    {
        _dark[y, x] = dark;
        _function[y, x] = true;
    }

    private void DrawFunctionPatterns()
    {
        for (var i = 0; i < Size; i++)
        {
            Set(6, i, i % 2 == 0);
            Set(i, 6, i % 2 == 0);
        }
        DrawFinder(3, 3);
        DrawFinder(Size - 4, 3);
        DrawFinder(3, Size - 4);
        var centres = AlignmentCentres();
        foreach (var cx in centres)
            foreach (var cy in centres)
                if (!(cx == 6 && cy == 6 || cx == 6 && cy == Size - 7 || cx == Size - 7 && cy == 6))
                    DrawAlignment(cx, cy);
        DrawFormatBits(0); // reserves the format areas; redrawn once the mask is chosen
        DrawVersionBits();
    }

    /// <summary>A finder (7×7 with a 3×3 centre) and its light separator, clipped at the edges.</summary>
    private void DrawFinder(int cx, int cy)
    {
        for (var dy = -4; dy <= 4; dy++)
            for (var dx = -4; dx <= 4; dx++)
            {
                int x = cx + dx, y = cy + dy;
                if (x < 0 || y < 0 || x >= Size || y >= Size)
                    continue;
                var ring = Math.Max(Math.Abs(dx), Math.Abs(dy));
                Set(x, y, ring is not (2 or 4));
            }
    }

    private void DrawAlignment(int cx, int cy)
    {
        for (var dy = -2; dy <= 2; dy++)
            for (var dx = -2; dx <= 2; dx++)
                Set(cx + dx, cy + dy, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
    }

    /// <summary>Alignment pattern centres: 6, then evenly spaced (by an even step) up to size − 7.</summary>
    private int[] AlignmentCentres()
    {
        if (Version == 1)
            return [];
        var count = Version / 7 + 2;
        var step = (Version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
        var centres = new int[count];
        centres[0] = 6;
        for (var i = count - 1; i >= 1; i--)
            centres[i] = Size - 7 - (count - 1 - i) * step;
        return centres;
    }

    /// <summary>Level and mask, BCH(15,5)-protected and XOR-masked, in both copies; plus the always-dark module.</summary>
    private void DrawFormatBits(int mask)
    {
        var data = FormatBitsLevelM << 3 | mask;
        var remainder = data;
        for (var i = 0; i < 10; i++)
            remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
        var bits = (data << 10 | remainder) ^ 0x5412;
        bool Bit(int i) => ((bits >> i) & 1) == 1;

        for (var i = 0; i <= 5; i++)
            Set(8, i, Bit(i));
        Set(8, 7, Bit(6));
        Set(8, 8, Bit(7));
        Set(7, 8, Bit(8));
        for (var i = 9; i < 15; i++)
            Set(14 - i, 8, Bit(i));
        for (var i = 0; i < 8; i++)
            Set(Size - 1 - i, 8, Bit(i));
        for (var i = 8; i < 15; i++)
            Set(8, Size - 15 + i, Bit(i));
        Set(8, Size - 8, true);
    }

    /// <summary>From version 7 on: the version number, BCH(18,6)-protected, in two 6×3 blocks.</summary>
    private void DrawVersionBits()
    {
        if (Version < 7)
            return;
        var remainder = Version;
        for (var i = 0; i < 12; i++)
            remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25);
        var bits = Version << 12 | remainder;
        for (var i = 0; i < 18; i++)
        {
            var dark = ((bits >> i) & 1) == 1;
            int a = Size - 11 + i % 3, b = i / 3;
            Set(a, b, dark);
            Set(b, a, dark);
        }
    }

    /// <summary>Codeword bits, most significant first, up and down two-module columns from the right, skipping the timing column.</summary>
    private void PlaceCodewords(byte[] codewords)
    {
        var bit = 0;
        for (var right = Size - 1; right >= 1; right -= 2)
        {
            if (right == 6)
                right = 5;
            var upward = ((right + 1) & 2) == 0;
            for (var step = 0; step < Size; step++)
            {
                var y = upward ? Size - 1 - step : step;
                for (var x = right; x >= right - 1; x--)
                {
                    if (_function[y, x] || bit >= codewords.Length * 8)
                        continue;
                    _dark[y, x] = ((codewords[bit >> 3] >> (7 - (bit & 7))) & 1) == 1;
                    bit++;
                }
            }
        }
    }

    private void ApplyMask(int mask)
    {
        for (var y = 0; y < Size; y++)
            for (var x = 0; x < Size; x++)
            {
                if (_function[y, x])
                    continue;
                var flip = mask switch
                {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                if (flip)
                    _dark[y, x] = !_dark[y, x];
            }
    }

    // --- mask choice ---------------------------------------------------------------------------------------------

    /// <summary>The standard's four penalty rules: runs, 2×2 blocks, finder look-alikes, and dark/light balance.</summary>
    private int Penalty()
    {
        var penalty = 0;
        for (var i = 0; i < Size; i++)
        {
            var row = Enumerable.Range(0, Size).Select(x => _dark[i, x]).ToArray();
            var column = Enumerable.Range(0, Size).Select(y => _dark[y, i]).ToArray();
            penalty += LinePenalty(row) + LinePenalty(column);
        }
        for (var y = 0; y < Size - 1; y++)
            for (var x = 0; x < Size - 1; x++)
                if (_dark[y, x] == _dark[y, x + 1] && _dark[y, x] == _dark[y + 1, x] && _dark[y, x] == _dark[y + 1, x + 1])
                    penalty += 3;
        var dark = 0;
        foreach (var module in _dark)
            dark += module ? 1 : 0;
        var percent = dark * 100 / (Size * Size);
        penalty += Math.Abs(percent - 50) / 5 * 10;
        return penalty;
    }

    private static readonly bool[] FinderLike = [true, false, true, true, true, false, true];

    private static int LinePenalty(bool[] line)
    {
        var penalty = 0;
        var run = 1;
        for (var i = 1; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] == line[i - 1])
            {
                run++;
                continue;
            }
            if (run >= 5)
                penalty += 3 + run - 5;
            run = 1;
        }
        for (var i = 0; i + FinderLike.Length <= line.Length; i++)
        {
            if (!FinderLike.Select((d, j) => line[i + j] == d).All(same => same))
                continue;
            bool LightAt(int from) => Enumerable.Range(from, 4).All(j => j < 0 || j >= line.Length || !line[j]);
            if (LightAt(i - 4) || LightAt(i + FinderLike.Length))
                penalty += 40;
        }
        return penalty;
    }

    /// <summary>Reed–Solomon over GF(256) with the QR polynomial x⁸+x⁴+x³+x²+1.</summary>
    private static class ReedSolomon
    {
        private static readonly byte[] Exp = new byte[256];
        private static readonly byte[] Log = new byte[256];

        static ReedSolomon()
        {
            var value = 1;
            for (var i = 0; i < 255; i++)
            {
                Exp[i] = (byte)value;
                Log[value] = (byte)i;
                value <<= 1;
                if (value >= 256)
                    value ^= 0x11D;
            }
        }

        private static byte Multiply(byte a, byte b) => a == 0 || b == 0 ? (byte)0 : Exp[(Log[a] + Log[b]) % 255];

        /// <summary>∏ (x − αⁱ) for i below the degree, highest coefficient first.</summary>
        public static byte[] Generator(int degree)
        {
            byte[] g = [1];
            for (var i = 0; i < degree; i++)
            {
                var next = new byte[g.Length + 1];
                for (var k = 0; k < next.Length; k++)
                    next[k] = (byte)((k < g.Length ? g[k] : 0) ^ (k > 0 ? Multiply(g[k - 1], Exp[i]) : 0));
                g = next;
            }
            return g;
        }

        /// <summary>The error-correction codewords: the data times x^degree, modulo the generator.</summary>
        public static byte[] Remainder(byte[] data, byte[] generator)
        {
            var remainder = new byte[generator.Length - 1];
            foreach (var b in data)
            {
                var factor = (byte)(b ^ remainder[0]);
                Array.Copy(remainder, 1, remainder, 0, remainder.Length - 1);
                remainder[^1] = 0;
                for (var j = 0; j < remainder.Length; j++)
                    remainder[j] ^= Multiply(generator[j + 1], factor);
            }
            return remainder;
        }
    }
}
