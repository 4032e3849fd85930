using PartyScoring.Web.Security;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// The set-up QR code's structure against ISO/IEC 18004. (That phones read it was checked by decoding the SVGs of
/// versions 1–20 with zbarimg; no decoder runs in these tests.)
/// </summary>
public sealed class TwoFactorQrCodeTests
{
    private const string SetUpLink = "otpauth://totp/PartyScoring:secretary1?secret=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567&issuer=PartyScoring&digits=6";

    [Theory]
    [InlineData(14, 1)]     // 14 bytes fill version 1-M
    [InlineData(15, 2)]
    [InlineData(106, 6)]    // a set-up link's length
    [InlineData(180, 9)]
    [InlineData(181, 10)]   // 180 bytes fill version 9-M; the count field grows to 16 bits from version 10
    [InlineData(666, 20)]
    public void TheSmallestVersionThatHoldsTheTextIsChosen(int length, int version)
    {
        var qr = QrCode.Encode(new string('x', length));

        qr.Version.Should().Be(version);
        qr.Size.Should().Be(version * 4 + 17);
    }

    [Fact]
    public void TextBeyondVersion20IsRefused()
    {
        var encode = () => QrCode.Encode(new string('x', 667));

        encode.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void FindersTimingAndTheDarkModuleAreWhereReadersLookForThem()
    {
        var qr = QrCode.Encode(SetUpLink);
        var n = qr.Size;

        foreach (var (x0, y0) in new[] { (0, 0), (n - 7, 0), (0, n - 7) })
            for (var d = 0; d < 7; d++)
            {
                qr.IsDark(x0 + d, y0).Should().BeTrue("a finder's outer ring is dark");
                qr.IsDark(x0 + d, y0 + 6).Should().BeTrue();
                qr.IsDark(x0 + 3, y0 + 3).Should().BeTrue("a finder's centre is dark");
                qr.IsDark(x0 + 1 + Math.Min(d, 4), y0 + 1).Should().BeFalse("inside the ring is a light ring");
            }
        for (var i = 8; i < n - 8; i++)
        {
            qr.IsDark(i, 6).Should().Be(i % 2 == 0, "the timing row alternates");
            qr.IsDark(6, i).Should().Be(i % 2 == 0, "the timing column alternates");
        }
        qr.IsDark(8, n - 8).Should().BeTrue("the dark module");
    }

    [Fact]
    public void BothCopiesOfTheFormatSayLevelMWithAValidBchCode()
    {
        var qr = QrCode.Encode(SetUpLink);
        var n = qr.Size;
        int first = 0, second = 0;
        // bit i of the 15 format bits, as placed around the top-left finder and split between the other two
        int[] firstX = [8, 8, 8, 8, 8, 8, 8, 8, 7, 5, 4, 3, 2, 1, 0];
        int[] firstY = [0, 1, 2, 3, 4, 5, 7, 8, 8, 8, 8, 8, 8, 8, 8];
        for (var i = 0; i < 15; i++)
        {
            first |= (qr.IsDark(firstX[i], firstY[i]) ? 1 : 0) << i;
            var (x, y) = i < 8 ? (n - 1 - i, 8) : (8, n - 15 + i);
            second |= (qr.IsDark(x, y) ? 1 : 0) << i;
        }

        second.Should().Be(first);
        var format = first ^ 0x5412;
        (format >> 13).Should().Be(0b00, "error-correction level M");
        var remainder = format;
        for (var bit = 14; bit >= 10; bit--)
            if (((remainder >> bit) & 1) == 1)
                remainder ^= 0x537 << (bit - 10);
        remainder.Should().Be(0, "the format bits are a BCH(15,5) code word");
    }

    [Fact]
    public void TheSvgHasAQuietZoneAndOneSquarePerDarkModule()
    {
        var qr = QrCode.Encode("PartyScoring");
        var dark = Enumerable.Range(0, qr.Size).Sum(y => Enumerable.Range(0, qr.Size).Count(x => qr.IsDark(x, y)));

        var svg = qr.ToSvg(pixelsPerModule: 5);

        svg.Should().StartWith("<svg").And.Contain($"viewBox=\"0 0 {qr.Size + 8} {qr.Size + 8}\"").And.Contain($"width=\"{(qr.Size + 8) * 5}\"");
        System.Text.RegularExpressions.Regex.Matches(svg, "h1v1h-1z").Count.Should().Be(dark);
        svg.Should().Contain("M4,4h1v1h-1z", "the top-left finder starts inside a four-module quiet zone");
        svg.Should().NotContain("<script").And.NotContain("style=");
    }
}
