using System.Security.Cryptography;

namespace PartyScoring.Web.Tests.Security;

/// <summary>
/// What an authenticator app computes (RFC 6238 over RFC 4226: HMAC-SHA1, 30-second steps, six digits), written
/// here from the RFCs so the tests check the app against the standard rather than against Identity's own code.
/// </summary>
public static class TwoFactorTotp
{
    public const int StepSeconds = 30;

    public static long StepAt(DateTimeOffset at) => at.ToUnixTimeSeconds() / StepSeconds;

    public static string CodeAt(byte[] secret, long step, int digits = 6)
    {
        var counter = new byte[8];
        for (var i = 7; i >= 0; i--, step >>= 8)
            counter[i] = (byte)(step & 0xFF);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        var modulus = (int)Math.Pow(10, digits);
        return (binary % modulus).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> LastStepGiven = new();

    /// <summary>
    /// The code an app shows now for a key as the security page prints it (groups of four, any case). The app accepts
    /// each step's code once (issue 20 §3), so a second call for the same key gives the next step's code, as a person
    /// would wait for the next one; Identity's two steps of drift leave room for three uses in a row.
    /// </summary>
    public static string CodeNow(string shownKey)
    {
        var key = shownKey.Replace(" ", "").ToUpperInvariant();
        var step = LastStepGiven.AddOrUpdate(key, _ => StepAt(DateTimeOffset.UtcNow), (_, last) => Math.Max(last + 1, StepAt(DateTimeOffset.UtcNow)));
        return CodeAt(Base32(shownKey), step);
    }

    /// <summary>A six-digit code that is none of the codes valid a few steps either side of now.</summary>
    public static string WrongCodeNow(string shownKey)
    {
        var secret = Base32(shownKey);
        var now = StepAt(DateTimeOffset.UtcNow);
        var valid = Enumerable.Range(-4, 9).Select(d => CodeAt(secret, now + d)).ToHashSet();
        return Enumerable.Range(0, 100).Select(i => (123456 + i * 7919).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .First(c => !valid.Contains(c));
    }

    /// <summary>RFC 4648 base32 (A–Z, 2–7), ignoring spaces, case and padding.</summary>
    public static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = alphabet.IndexOf(c);
            if (value < 0)
                throw new FormatException($"'{c}' is not a base32 character");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return bytes.ToArray();
    }
}

/// <summary>The helper itself against the RFCs' published values, so a wrong helper cannot pass the app's tests by accident.</summary>
public sealed class TwoFactorTotpTests
{
    [Theory]
    // RFC 6238 appendix B (SHA-1 seed "12345678901234567890", eight digits).
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(2000000000L, "69279037")]
    public void CodesMatchTheRfc6238TestVectors(long unixSeconds, string expected)
    {
        var secret = "12345678901234567890"u8.ToArray();

        TwoFactorTotp.CodeAt(secret, unixSeconds / TwoFactorTotp.StepSeconds, digits: 8).Should().Be(expected);
    }

    [Fact]
    public void Base32DecodesTheRfc4648Examples()
    {
        System.Text.Encoding.ASCII.GetString(TwoFactorTotp.Base32("MZXW6YTBOI======")).Should().Be("foobar");
        System.Text.Encoding.ASCII.GetString(TwoFactorTotp.Base32("mzxw 6ytb oi")).Should().Be("foobar");
    }
}
