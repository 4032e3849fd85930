using System.ComponentModel.DataAnnotations;

namespace PartyScoring.Web.ViewModels;

public sealed class ChangePasswordViewModel
{
    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(100, ErrorMessage = "Validation_TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Password_Current")]
    public string CurrentPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(100, ErrorMessage = "Validation_TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Password_New")]
    public string NewPassword { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(100, ErrorMessage = "Validation_TooLong")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "Password_Mismatch")]
    [Display(Name = "Password_Confirm")]
    public string ConfirmPassword { get; set; } = string.Empty;

    /// <summary>True when the user was sent here because their account must get a new password first.</summary>
    public bool Forced { get; set; }
}
