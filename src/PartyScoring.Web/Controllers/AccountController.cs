using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Web.Infrastructure;
using PartyScoring.Web.Security;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Controllers;

public sealed class AccountController(
    SignInManager<AppUser> signIn,
    TwoFactorAccounts twoFactor,
    UnknownNameSignIn unknownNames,
    IStringLocalizer<SharedResource> text,
    ILogger<AccountController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    [EnableRateLimiting(SecuritySetup.LoginRateLimit)]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        // A tampered checkbox value ("abc") would make the re-rendered checkbox throw: treat it as unticked.
        if (ModelState.GetFieldValidationState(nameof(model.RememberMe)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.Remove(nameof(model.RememberMe));
            model.RememberMe = false;
        }
        if (!ModelState.IsValid)
            return View(model);

        // Known or not, a name costs one password-hash check and may end "locked out" (see UnknownNameSignIn).
        var user = await signIn.UserManager.FindByNameAsync(model.UserName.Trim());
        var result = user is null
            ? unknownNames.Fail(model.UserName, model.Password)
            : await signIn.PasswordSignInAsync(user, model.Password, model.RememberMe, lockoutOnFailure: true);
        if (user is not null && result.IsLockedOut)
            unknownNames.SpendHashWork(model.Password); // Identity answers a locked account without hashing
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
        if (result.RequiresTwoFactor)
            return RedirectToAction(nameof(LoginTwoFactor), new { returnUrl = model.ReturnUrl, rememberMe = model.RememberMe });

        // No user name in the log line: it may be a person's name or phone number.
        logger.LogWarning("Failed sign-in (locked out: {LockedOut})", result.IsLockedOut);
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? text["Login_LockedOut"] : text["Login_Failed"]);
        model.Password = string.Empty;
        return View(model);
    }

    /// <summary>The second step for a user with two-factor sign-in on; reachable only after the right password (Identity's short-lived cookie).</summary>
    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> LoginTwoFactor(string? returnUrl, bool rememberMe)
    {
        if (User.Identity?.IsAuthenticated == true)
            return LocalRedirect("/");
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
            return RedirectToAction(nameof(Login), new { returnUrl });
        return View(new LoginTwoFactorViewModel { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [AllowAnonymous]
    [HttpPost]
    [EnableRateLimiting(SecuritySetup.LoginRateLimit)]
    public async Task<IActionResult> LoginTwoFactor(LoginTwoFactorViewModel model)
    {
        foreach (var tick in new[] { nameof(model.RememberMe), nameof(model.RememberMachine) })
            if (ModelState.GetFieldValidationState(tick) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
                ModelState.Remove(tick);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
            return RedirectToAction(nameof(Login), new { returnUrl = model.ReturnUrl });
        if (!ModelState.IsValid)
            return View(model);

        var code = TwoFactorCodes.Tidy(model.Code);
        SignInResult result;
        // Identity's recovery-code sign-in does not look at the lockout itself.
        if (await signIn.UserManager.IsLockedOutAsync(user))
            result = SignInResult.LockedOut;
        else if (TwoFactorCodes.IsAuthenticatorCode(code))
            result = await signIn.TwoFactorAuthenticatorSignInAsync(code, model.RememberMe, model.RememberMachine);
        else
        {
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(TwoFactorCodes.AsRecoveryCode(code));
            if (result.Succeeded)
                await twoFactor.RecordRecoveryCodeUsedAsync(user);
            else if (!result.IsLockedOut)
            {
                // Identity counts wrong app codes towards the lockout but not wrong recovery codes: count those too.
                await signIn.UserManager.AccessFailedAsync(user);
                if (await signIn.UserManager.IsLockedOutAsync(user))
                    result = SignInResult.LockedOut;
            }
        }
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");

        logger.LogWarning("Failed two-factor sign-in step (locked out: {LockedOut})", result.IsLockedOut);
        ModelState.AddModelError(nameof(model.Code), result.IsLockedOut ? text["Login_LockedOut"] : text["TwoFactor_WrongLoginCode"]);
        return View(model);
    }

    /// <summary>
    /// Renewing the stamp ends this session on the server too, so a copy of the cookie is refused at once
    /// (<see cref="SessionStampCheck"/>). It ends the user's other sessions and forgets other remembered computers as
    /// well, the price of keeping no session table; this computer, if remembered, is remembered again under the new stamp.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        var remembered = user is not null && await signIn.IsTwoFactorClientRememberedAsync(user);
        if (user is not null)
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        if (user is not null && remembered)
            await signIn.RememberTwoFactorClientAsync(user);
        return RedirectToAction(nameof(Login));
    }

    /// <summary>Every signed-in user may change their own password (and must, when their account is flagged).</summary>
    [Authorize]
    [HttpGet]
    public IActionResult ChangePassword() =>
        View(new ChangePasswordViewModel { Forced = User.HasClaim(c => c.Type == ScopeClaims.MustChangePassword) });

    [Authorize]
    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        model.Forced = User.HasClaim(c => c.Type == ScopeClaims.MustChangePassword);
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
            return Challenge();
        if (ModelState.IsValid)
        {
            var result = await signIn.UserManager.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
            foreach (var error in result.Errors)
            {
                var message = text["Password_" + error.Code];
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(model.CurrentPassword) : nameof(model.NewPassword),
                    message.ResourceNotFound ? text["Password_Weak"] : message);
            }
            if (result.Succeeded)
            {
                user.MustChangePassword = false;
                await signIn.UserManager.UpdateAsync(user);
                await signIn.RefreshSignInAsync(user);
                logger.LogInformation("Password changed");
                TempData["PasswordChanged"] = true;
                return RedirectToAction(nameof(ChangePassword));
            }
        }
        model.CurrentPassword = model.NewPassword = model.ConfirmPassword = string.Empty;
        return View(model);
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
