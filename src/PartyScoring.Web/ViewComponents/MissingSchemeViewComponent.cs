using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Web.ViewComponents;

/// <summary>
/// Issue 13 §6: on a staff page of a year whose township has no scheme yet, a Chinese notice says so and (for the office)
/// links to where it is made — rather than pages that are empty without saying why. The county, above every township,
/// is not told about each one here.
/// </summary>
public sealed class MissingSchemeViewComponent(ScopedData data, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (data.Scope is not { IsMemberOnly: false } scope || UserClaimsPrincipal.IsInRole(Roles.CountyReviewer))
            return Content("");
        var year = clock.GetLocalNow().Year;
        // The user's own organisation and those above it: the township among them owns the scheme.
        var path = scope.PathIds;
        var hasScheme = await data.Schemes.AnyAsync(s => s.Year == year && path.Contains(s.TownshipId));
        return hasScheme ? Content("") : View(year);
    }
}
