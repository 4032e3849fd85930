using Microsoft.AspNetCore.Identity;
using PartyScoring.Infrastructure.Auditing;
using PartyScoring.Infrastructure.Persistence;

namespace PartyScoring.Infrastructure.Identity;

/// <summary>
/// Optional authenticator-app (TOTP) two-factor sign-in, on Identity's own authenticator token provider: the shared
/// key and the recovery codes live in AspNetUserTokens. Each change commits together with its audit line (Identity's
/// token rows are not audited on their own, and a user row's changed columns would not say what happened).
/// </summary>
public sealed class TwoFactorAccounts(UserManager<AppUser> users, PartyScoringDbContext db, TimeProvider clock)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The audit log's entity name and actions for two-factor changes.</summary>
    public const string AuditEntity = "TwoFactor";
    public const string KeyIssued = nameof(KeyIssued);
    public const string Enabled = nameof(Enabled);
    public const string Disabled = nameof(Disabled);
    public const string CodesRenewed = nameof(CodesRenewed);
    public const string RecoveryCodeUsed = nameof(RecoveryCodeUsed);

    /// <summary>The user's shared key, issuing one first if they have none. Issuing renews the security stamp.</summary>
    public async Task<(string Key, bool Issued)> SharedKeyAsync(AppUser user)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key)
            return (key, false);
        await InTransactionAsync(user, KeyIssued, () => users.ResetAuthenticatorKeyAsync(user));
        return ((await users.GetAuthenticatorKeyAsync(user))!, true);
    }

    /// <summary>Whether the code is the one the user's authenticator app shows now (give or take Identity's allowed drift).</summary>
    public Task<bool> IsCurrentCodeAsync(AppUser user, string code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);

    /// <summary>Turns two-factor sign-in on and returns the fresh recovery codes, to be shown once.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(AppUser user)
    {
        IReadOnlyList<string> codes = [];
        await InTransactionAsync(user, Enabled, async () =>
        {
            var result = await users.SetTwoFactorEnabledAsync(user, true);
            if (!result.Succeeded)
                return result;
            codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
            return IdentityResult.Success;
        });
        return codes;
    }

    /// <summary>Turns two-factor sign-in off; the old key is dropped, so enabling again means adding the account anew.</summary>
    public Task DisableAsync(AppUser user) =>
        InTransactionAsync(user, Disabled, async () =>
        {
            var result = await users.SetTwoFactorEnabledAsync(user, false);
            return result.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : result;
        });

    /// <summary>Replaces all recovery codes (the old ones stop working) and returns the new ones, to be shown once.</summary>
    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(AppUser user)
    {
        IReadOnlyList<string> codes = [];
        await InTransactionAsync(user, CodesRenewed, async () =>
        {
            codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
            return IdentityResult.Success;
        });
        return codes;
    }

    public Task<int> RecoveryCodesLeftAsync(AppUser user) => users.CountRecoveryCodesAsync(user);

    /// <summary>Records a sign-in with a recovery code (Identity has already used the code up).</summary>
    public Task RecordRecoveryCodeUsedAsync(AppUser user) => InTransactionAsync(user, RecoveryCodeUsed, () => Task.FromResult(IdentityResult.Success));

    private async Task InTransactionAsync(AppUser user, string action, Func<Task<IdentityResult>> change)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await change();
        if (!result.Succeeded)
            throw new InvalidOperationException($"Two-factor change {action} failed: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        // The user acts on their own account; during the sign-in step nobody is signed in yet.
        db.AuditEntries.Add(AuditEntry.Of(clock.GetUtcNow(), user.UserName ?? user.Id, AuditEntity, user.Id, action));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
