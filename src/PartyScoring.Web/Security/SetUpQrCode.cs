using QRCoder;

namespace PartyScoring.Web.Security;

/// <summary>
/// The authenticator set-up link as a QR code, drawn as SVG on the server by QRCoder: no script (the CSP forbids inline
/// script) and no image request. Error-correction level M, as authenticator apps expect; the quiet zone is included.
/// </summary>
public static class SetUpQrCode
{
    public static string Svg(string text, int pixelsPerModule = 5)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(pixelsPerModule);
    }
}
