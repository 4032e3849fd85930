using System.Security.Claims;
using PartyScoring.Domain.Organisations;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Queries;

/// <summary>Builds each role's home page from real data: branches for the office, the branch for its staff, own points for a member.</summary>
public sealed class HomeQuery(ScopedData data, YearResults results, MemberYearQuery memberYear)
{
    public async Task<HomeViewModel> RunAsync(ClaimsPrincipal user, int year, CancellationToken ct = default)
    {
        var scope = data.Scope;
        var own = await data.OwnOrganisationAsync(ct);
        var displayName = user.FindFirstValue(ScopeClaims.DisplayName) ?? user.Identity?.Name ?? string.Empty;

        MemberYearViewModel? ownPoints = null;
        if (scope?.MemberId is { } memberId && user.IsInRole(Roles.Member))
            ownPoints = await memberYear.RunAsync(memberId, year, ct);

        if (scope is null || scope.IsMemberOnly || own is null)
            return new HomeViewModel(displayName, year, own?.Name, [], null, ownPoints);

        if (own.Kind == OrganisationKind.Branch)
        {
            var branch = await results.ForBranchAsync(own.Id, year, ct);
            return new HomeViewModel(displayName, year, own.Name, [], branch is null ? null : BranchYearViewModel.From(branch.Year), ownPoints);
        }

        var summaries = (await results.UnderAsync(own.Id, year, ct)).Select(r => BranchSummaryViewModel.From(r.Year)).ToList();
        return new HomeViewModel(displayName, year, own.Name, summaries, null, ownPoints);
    }
}
