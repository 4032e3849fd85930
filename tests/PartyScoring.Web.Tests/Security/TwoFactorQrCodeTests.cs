using PartyScoring.Web.Security;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// The set-up QR code as a phone would see it: the SVG the page embeds, drawn by Chromium and read back by zbarimg
/// (scripts/test.sh installs chromium and zbar-tools).
/// </summary>
public sealed class TwoFactorQrCodeTests
{
    private const string SetUpLink = "otpauth://totp/PartyScoring:secretary1?secret=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567&issuer=PartyScoring&digits=6";

    [Theory]
    [InlineData(SetUpLink)]
    [InlineData("otpauth://totp/PartyScoring:a-very-long-user-name-of-sixty-four-characters-0123456789abcd?secret=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGH&issuer=PartyScoring&digits=6")]
    public void TheDrawnCodeReadsBackAsTheLink(string link)
    {
        var folder = Directory.CreateTempSubdirectory("partyscoring-qr-").FullName;
        try
        {
            var page = Path.Combine(folder, "qr.html");
            File.WriteAllText(page, $"<!doctype html><body style=\"margin:20px;background:#fff\">{SetUpQrCode.Svg(link)}</body>");
            var png = Path.Combine(folder, "qr.png");

            Programs.Run("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                $"--user-data-dir={Path.Combine(folder, "profile")}", "--window-size=600,600", $"--screenshot={png}", new Uri(page).AbsoluteUri);
            File.Exists(png).Should().BeTrue("Chromium drew the page");
            var decoded = Programs.Run("zbarimg", "--quiet", "--raw", png);

            decoded.TrimEnd('\n').Should().Be(link);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheSvgCarriesNoScriptOrInlineStyle()
    {
        var svg = SetUpQrCode.Svg(SetUpLink);

        svg.Should().Contain("<svg").And.Contain("width=\"").And.Contain("height=\"");
        svg.Should().NotContain("<script").And.NotContain("style=", "the CSP allows neither inline script nor inline style");
    }
}
