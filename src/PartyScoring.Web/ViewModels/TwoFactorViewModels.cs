using System.ComponentModel.DataAnnotations;

namespace PartyScoring.Web.ViewModels;

/// <summary>The security page (账户安全): setting up an authenticator app, or managing it once two-factor sign-in is on.</summary>
public sealed class AccountSecurityViewModel
{
    public bool Enabled { get; init; }
    /// <summary>Set when the township office must use two-factor sign-in (Security:RequireTwoFactorForOffice).</summary>
    public bool Required { get; init; }
    /// <summary>The shared key in groups of four, for typing into the app by hand; null once enabled.</summary>
    public string? SharedKey { get; init; }
    public string? AuthenticatorUri { get; init; }
    /// <summary>The otpauth URI drawn as a QR code (SVG markup made here, no script); null once enabled.</summary>
    public string? QrSvg { get; init; }
    public int RecoveryCodesLeft { get; init; }

    /// <summary>The code the user typed, kept when the page comes back with a message (proofs may be passwords: never echoed).</summary>
    public string Code { get; set; } = string.Empty;
}

public sealed class TwoFactorEnableForm
{
    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(20, ErrorMessage = "Validation_TooLong")]
    [Display(Name = "TwoFactor_Code")]
    public string Code { get; set; } = string.Empty;
}

/// <summary>Renewing recovery codes asks for proof that the person at the screen is the account's owner.</summary>
public sealed class TwoFactorRenewForm
{
    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(100, ErrorMessage = "Validation_TooLong")]
    [Display(Name = "TwoFactor_Proof")]
    public string RenewProof { get; set; } = string.Empty;
}

/// <summary>Turning two-factor sign-in off asks for a current code or the password.</summary>
public sealed class TwoFactorDisableForm
{
    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(100, ErrorMessage = "Validation_TooLong")]
    [Display(Name = "TwoFactor_Proof")]
    public string DisableProof { get; set; } = string.Empty;
}

/// <summary>Recovery codes, shown once right after they were made.</summary>
public sealed record RecoveryCodesViewModel(IReadOnlyList<string> Codes, bool JustEnabled);

/// <summary>The second sign-in step: a code from the authenticator app, or one of the recovery codes.</summary>
public sealed class LoginTwoFactorViewModel
{
    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(20, ErrorMessage = "Validation_TooLong")]
    [Display(Name = "TwoFactor_LoginCode")]
    public string Code { get; set; } = string.Empty;

    [Display(Name = "TwoFactor_RememberMachine")]
    public bool RememberMachine { get; set; }

    /// <summary>The "remember me" choice from the password step, carried to the final sign-in.</summary>
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
