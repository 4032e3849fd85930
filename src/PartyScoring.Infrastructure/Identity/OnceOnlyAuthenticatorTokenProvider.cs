using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace PartyScoring.Infrastructure.Identity;

/// <summary>
/// Identity's authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, six digits, two steps of drift either way),
/// except that a code is accepted once: the step of the last accepted code is kept as a user token, and only a later
/// step passes (issue 20 §3: the same six digits signed in a second session within the same 30 s). Saving the token
/// updates the user row under its concurrency stamp, so of two simultaneous uses of one code only one can win.
/// </summary>
public sealed class OnceOnlyAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<AppUser>
{
    /// <summary>Where the last accepted step is kept (AspNetUserTokens; no schema change).</summary>
    public const string TokenProvider = "[PartyScoring]";
    public const string LastStepToken = "LastAuthenticatorStep";

    private const int StepSeconds = 30;
    private const int Drift = 2;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        if (await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key || token.Length != 6 || !token.All(char.IsAsciiDigit))
            return false;
        var secret = Base32(key);
        if (secret is null)
            return false;
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / StepSeconds;
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, TokenProvider, LastStepToken), NumberStyles.None,
            CultureInfo.InvariantCulture, out var l) ? l : long.MinValue;
        for (var step = Math.Max(now - Drift, last + 1); step <= now + Drift; step++)
        {
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(secret, step)), Encoding.ASCII.GetBytes(token)))
                continue;
            var saved = await manager.SetAuthenticationTokenAsync(user, TokenProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
            return saved.Succeeded;
        }
        return false;
    }

    private static string Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32 as Identity writes the key (A–Z, 2–7, no padding); null if it is not.</summary>
    private static byte[]? Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var value = alphabet.IndexOf(char.ToUpperInvariant(c));
            if (value < 0)
                return null;
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits < 8)
                continue;
            bits -= 8;
            bytes.Add((byte)(buffer >> bits));
            buffer &= (1 << bits) - 1;
        }
        return [.. bytes];
    }
}
