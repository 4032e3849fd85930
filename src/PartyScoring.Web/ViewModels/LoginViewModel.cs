using System.ComponentModel.DataAnnotations;

namespace PartyScoring.Web.ViewModels;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(50, ErrorMessage = "Validation_TooLong")]
    [Display(Name = "Login_UserName")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Validation_Required")]
    [StringLength(100, ErrorMessage = "Validation_TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Login_Password")]
    public string Password { get; set; } = string.Empty;

    [Display(Name = "Login_RememberMe")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
