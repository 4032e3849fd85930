using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PartyScoring.Infrastructure.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace PartyScoring.Web.Security;

/// <summary>
/// Issue 20 §4: a sign-in under a name nobody has costs what a wrong password costs (one password-hash check against a
/// dummy hash), and locks "the account" after the same number of failures, so neither the time nor the lockout
/// message tells which names exist. The failures are counted in this process only (bounded, expiring with the lockout
/// time): after a restart an unknown name starts from zero where a real account would still be locked — a much
/// smaller hint than the one closed here.
/// </summary>
public sealed class UnknownNameSignIn(IPasswordHasher<AppUser> hasher, IOptions<IdentityOptions> identity) : IDisposable
{
    private static readonly AppUser Nobody = new() { UserName = "-" };
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly Lazy<string> _dummyHash = new(() => hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32)));

    /// <summary>Spends one password-hash check, as checking a real account's password would.</summary>
    public void SpendHashWork(string password) => hasher.VerifyHashedPassword(Nobody, _dummyHash.Value, password);

    /// <summary>Answers a sign-in for a name with no account: always a failure, "locked out" once it would be for a real one.</summary>
    public SignInResult Fail(string userName, string password)
    {
        SpendHashWork(password);
        var lockout = identity.Value.Lockout;
        var key = userName.Trim().ToUpperInvariant();
        lock (_failures)
        {
            var count = _failures.TryGetValue(key, out int seen) ? seen : 0;
            if (count >= lockout.MaxFailedAccessAttempts)
                return SignInResult.LockedOut;
            count++;
            _failures.Set(key, count, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lockout.DefaultLockoutTimeSpan });
            return count >= lockout.MaxFailedAccessAttempts ? SignInResult.LockedOut : SignInResult.Failed;
        }
    }

    public void Dispose() => _failures.Dispose();
}
