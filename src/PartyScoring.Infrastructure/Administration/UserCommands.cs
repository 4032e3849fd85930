using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Infrastructure.Administration;

/// <summary>A login to create: who, in which role, scoped to which organisation (and member record, for a member).</summary>
public sealed record NewUser(string UserName, string DisplayName, string Role, int OrganisationId, int? MemberId = null);

/// <summary>
/// Creates logins. An initial password is generated, shown once to whoever hands it out, and must be changed at the first
/// sign-in (<see cref="AppUser.MustChangePassword"/>); the demo gives its published password instead.
/// </summary>
public sealed class UserCommands(UserManager<AppUser> users)
{
    // No 0/O, 1/l/I: the sheet of initial passwords is read aloud and typed by hand.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <returns>The password the user signs in with the first time.</returns>
    public async Task<string> CreateAsync(NewUser user, string? password = null, CancellationToken ct = default)
    {
        if (!Roles.All.Contains(user.Role))
            throw new InvalidOperationException("unknown role " + user.Role);
        var initial = password ?? InitialPassword();
        var login = new AppUser
        {
            UserName = user.UserName,
            DisplayName = user.DisplayName,
            OrganisationId = user.OrganisationId,
            MemberId = user.MemberId,
            MustChangePassword = password is null,
        };
        Check(await users.CreateAsync(login, initial), user.UserName);
        Check(await users.AddToRoleAsync(login, user.Role), user.UserName);
        return initial;
    }

    /// <summary>Twelve characters from a hand-friendly alphabet, with a digit, a lower- and an upper-case letter.</summary>
    public static string InitialPassword()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Alphabet, 12);
            if (password.Any(char.IsDigit) && password.Any(char.IsLower) && password.Any(char.IsUpper))
                return password;
        }
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"user {userName}: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
