using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PartyScoring.Infrastructure.Identity;

namespace PartyScoring.Web.Controllers;

/// <summary>
/// 使用说明: what each role does each quarter and on which screen (seed 004 asks for training and support for the
/// people who keep the records). Shows the sections of the roles the user holds; the page prints as it reads.
/// </summary>
[Authorize]
public sealed class HelpController : Controller
{
    private static readonly string[] Order =
        [Roles.BranchClerk, Roles.EvaluationGroup, Roles.BranchSecretary, Roles.TownshipOffice, Roles.CountyReviewer, Roles.Member];

    public IActionResult Index() => View(Order.Where(User.IsInRole).ToList());
}
