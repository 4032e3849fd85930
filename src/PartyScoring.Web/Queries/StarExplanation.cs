using Microsoft.Extensions.Localization;
using PartyScoring.Domain.StarRating;

namespace PartyScoring.Web.Queries;

/// <summary>Which rule decided a branch's stars (issue 6: the page says why), for the pages and the summary table alike.</summary>
public static class StarExplanation
{
    public static string For(IStringLocalizer text, BranchRating r) => r.Cap switch
    {
        StarCap.BaseBelowBar => text["Explain_BaseBelowBar", StarRatingQuery.Format(r.Total)!, StarRatingQuery.Format(r.BaseScore)!],
        StarCap.Deduction => text["Explain_Deduction", StarRatingQuery.Format(r.Total)!, StarRatingQuery.Format(r.Deductions)!],
        StarCap.Quota => text["Explain_Quota", StarRatingQuery.Format(r.Total)!],
        StarCap.CountyLowered => text["Explain_CountyLowered", r.Stars, r.CountyReason ?? string.Empty],
        _ => text["Explain_Band", StarRatingQuery.Format(r.Total)!, r.Stars],
    };
}
