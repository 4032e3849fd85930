using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Web.Infrastructure;

namespace PartyScoring.Web.Controllers;

/// <summary>The language switch: stores the choice in the standard culture cookie.</summary>
public sealed class CultureController : Controller
{
    [AllowAnonymous]
    [HttpPost]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (MvcSetup.Cultures.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
