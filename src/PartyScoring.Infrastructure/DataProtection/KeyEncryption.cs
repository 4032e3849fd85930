using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace PartyScoring.Infrastructure.DataProtection;

/// <summary>
/// Issue 20 §7: the key ring in the database signs every cookie and antiforgery token, so a copy of the database would
/// let its holder forge sign-ins. With DataProtection:CertificatePath (a .pfx holding a private key, and
/// DataProtection:CertificatePassword if it has one) each new key is stored encrypted to that certificate; keys
/// written before stay readable. Without it the keys stay plain and ASP.NET Core says so in the log at start.
/// </summary>
public static class KeyEncryption
{
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration,
        string contentRoot)
    {
        if (configuration["DataProtection:CertificatePath"] is not { Length: > 0 } path)
            return builder;
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.GetFullPath(path, contentRoot), configuration["DataProtection:CertificatePassword"]);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"DataProtection:CertificatePath {path} has no private key; the keys could be written but never read.");
        return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
