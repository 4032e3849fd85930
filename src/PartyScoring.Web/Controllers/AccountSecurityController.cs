using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Web.Security;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

/// <summary>
/// 账户安全: optional two-factor sign-in with an authenticator app. Open to every signed-in user for their own account
/// (the township office is its main audience, and may be required to use it); nobody manages another's.
/// </summary>
[Authorize]
public sealed class AccountSecurityController(
    SignInManager<AppUser> signIn,
    TwoFactorAccounts twoFactor,
    IConfiguration configuration,
    IStringLocalizer<SharedResource> text,
    ILogger<AccountSecurityController> logger) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        return user is null ? Challenge() : View(await PageAsync(user));
    }

    /// <summary>Issues the shared key on the user's request: a GET only shows the page (issue 20 §5; issuing writes an audit line).</summary>
    [HttpPost]
    public async Task<IActionResult> IssueKey()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (!user.TwoFactorEnabled && (await twoFactor.SharedKeyAsync(user)).Issued)
            await signIn.RefreshSignInAsync(user); // issuing renewed the security stamp; keep this session valid
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Enable(TwoFactorEnableForm form)
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (user.TwoFactorEnabled)
            return RedirectToAction(nameof(Index));
        if (ModelState.IsValid)
        {
            var code = TwoFactorCodes.Tidy(form.Code);
            if (!TwoFactorCodes.IsAuthenticatorCode(code))
                ModelState.AddModelError(nameof(form.Code), text["TwoFactor_CodeFormat"]);
            else if (!await twoFactor.IsCurrentCodeAsync(user, code))
                ModelState.AddModelError(nameof(form.Code), text["TwoFactor_WrongCode"]);
            else
            {
                var codes = await twoFactor.EnableAsync(user);
                await signIn.RefreshSignInAsync(user);
                logger.LogInformation("Two-factor sign-in enabled");
                return View("RecoveryCodes", new RecoveryCodesViewModel(codes, JustEnabled: true));
            }
        }
        var page = await PageAsync(user);
        page.Code = form.Code;
        return View(nameof(Index), page);
    }

    [HttpPost]
    public async Task<IActionResult> RenewCodes(TwoFactorRenewForm form)
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (!user.TwoFactorEnabled)
            return RedirectToAction(nameof(Index));
        if (ModelState.IsValid && await ProvesOwnerAsync(user, form.RenewProof, nameof(form.RenewProof)))
        {
            var codes = await twoFactor.RenewRecoveryCodesAsync(user);
            logger.LogInformation("Recovery codes renewed");
            return View("RecoveryCodes", new RecoveryCodesViewModel(codes, JustEnabled: false));
        }
        return View(nameof(Index), await PageAsync(user));
    }

    [HttpPost]
    public async Task<IActionResult> Disable(TwoFactorDisableForm form)
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (!user.TwoFactorEnabled)
            return RedirectToAction(nameof(Index));
        if (MustUseTwoFactor)
            ModelState.AddModelError(nameof(form.DisableProof), text["TwoFactor_CannotDisableRequired"]);
        else if (ModelState.IsValid && await ProvesOwnerAsync(user, form.DisableProof, nameof(form.DisableProof)))
        {
            await twoFactor.DisableAsync(user);
            await signIn.RefreshSignInAsync(user);
            logger.LogInformation("Two-factor sign-in disabled");
            TempData["TwoFactorDisabled"] = true;
            return RedirectToAction(nameof(Index));
        }
        return View(nameof(Index), await PageAsync(user));
    }

    /// <summary>A current code from the app, or the password (a password is never six digits under the password rules).</summary>
    private async Task<bool> ProvesOwnerAsync(AppUser user, string proof, string field)
    {
        var code = TwoFactorCodes.Tidy(proof);
        var proven = TwoFactorCodes.IsAuthenticatorCode(code)
            ? await twoFactor.IsCurrentCodeAsync(user, code)
            : await signIn.UserManager.CheckPasswordAsync(user, proof);
        if (!proven)
            ModelState.AddModelError(field, text["TwoFactor_WrongProof"]);
        return proven;
    }

    /// <summary>Security:RequireTwoFactorForOffice applies to the signed-in user.</summary>
    private bool MustUseTwoFactor =>
        configuration.GetValue("Security:RequireTwoFactorForOffice", false) && User.IsInRole(Roles.TownshipOffice);

    private async Task<AccountSecurityViewModel> PageAsync(AppUser user)
    {
        var required = MustUseTwoFactor;
        if (user.TwoFactorEnabled)
            return new AccountSecurityViewModel { Enabled = true, Required = required, RecoveryCodesLeft = await twoFactor.RecoveryCodesLeftAsync(user) };

        if (await signIn.UserManager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
            return new AccountSecurityViewModel { Required = required };
        var uri = TwoFactorCodes.AuthenticatorUri(user.UserName!, key);
        return new AccountSecurityViewModel
        {
            Required = required,
            SharedKey = TwoFactorCodes.Grouped(key),
            AuthenticatorUri = uri,
            QrSvg = SetUpQrCode.Svg(uri),
        };
    }
}
