using System.Text;
using System.Text.Encodings.Web;

namespace PartyScoring.Web.Security;

/// <summary>What people type as codes, tidied up; and what the authenticator app is given.</summary>
public static class TwoFactorCodes
{
    /// <summary>The issuer shown in the authenticator app next to the user name.</summary>
    public const string Issuer = "PartyScoring";

    /// <summary>Apps show "123 456"; people copy the gap along.</summary>
    public static string Tidy(string? typed) =>
        new((typed ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>A six-digit code from the app (after <see cref="Tidy"/>).</summary>
    public static bool IsAuthenticatorCode(string tidied) => tidied.Length == 6 && tidied.All(char.IsAsciiDigit);

    /// <summary>Identity's recovery codes read "XXXXX-XXXXX" in upper case; accept them typed without the dash or in lower case.</summary>
    public static string AsRecoveryCode(string tidied)
    {
        var upper = tidied.ToUpperInvariant();
        return upper.Length == 10 ? upper[..5] + "-" + upper[5..] : upper;
    }

    /// <summary>The shared key in lower-case groups of four, easier to type into the app by hand.</summary>
    public static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
                grouped.Append(' ');
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return grouped.ToString().ToLowerInvariant();
    }

    /// <summary>The Key Uri Format authenticator apps read from a QR code: SHA-1, six digits, 30-second steps.</summary>
    public static string AuthenticatorUri(string userName, string key) =>
        $"otpauth://totp/{UrlEncoder.Default.Encode(Issuer)}:{UrlEncoder.Default.Encode(userName)}?secret={key}&issuer={UrlEncoder.Default.Encode(Issuer)}&digits=6";
}
