using PartyScoring.Domain.Members;
using PartyScoring.Infrastructure.Identity;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Portal;

/// <summary>
/// Who may see a member's personal information in full (phone, the complete personal-data export): the member
/// themself, and the secretary or clerk of the branch that scores them — the people who keep the roster and act on the
/// member's request. Everyone else in scope (the office, the county, the evaluation group, the home branch of a mobile
/// member) sees the phone masked and cannot export the member's data. One rule, used by every page and export.
/// </summary>
public sealed class PersonalDataAccess(ScopedData data, IHttpContextAccessor http)
{
    public bool SeesInFull(Member member)
    {
        if (data.Scope is not { } scope)
            return false;
        if (scope.MemberId == member.Id)
            return true;
        var user = http.HttpContext?.User;
        return !scope.IsMemberOnly && scope.OrganisationId == member.BranchId
               && user is not null && (user.IsInRole(Roles.BranchSecretary) || user.IsInRole(Roles.BranchClerk));
    }

    /// <summary>The phone as this user may see it: in full, masked (138****5678), or null when there is none.</summary>
    public string? Phone(Member member) => SeesInFull(member) ? member.Phone : PhoneMask.Mask(member.Phone);

    /// <summary>Whether the signed-in user is the member themself (rather than branch staff acting on their request).</summary>
    public bool IsOwn(int memberId) => data.Scope?.MemberId == memberId;
}
