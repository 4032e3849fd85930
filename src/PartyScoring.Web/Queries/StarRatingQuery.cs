using System.Globalization;
using Microsoft.Extensions.Localization;
using PartyScoring.Domain.StarRating;
using PartyScoring.Infrastructure.StarRating;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Queries;

/// <summary>Maps star-rating data to the pages, including the sentence that explains each branch's stars.</summary>
public sealed class StarRatingQuery(StarRatingReader reader, IStringLocalizer<SharedResource> text, TimeProvider clock)
{
    public async Task<BranchRatingViewModel?> BranchAsync(int branchId, int year, bool secretary, bool office, CancellationToken ct)
    {
        var data = await reader.ForBranchAsync(branchId, year, ct);
        if (data is null)
            return null;
        var (branch, standard, rating, evidence, rectification) = data;
        var rows = standard?.Items.Select(item =>
        {
            var score = rating?.Scores.SingleOrDefault(s => s.ItemId == item.Id);
            return new RatingItemRow
            {
                ItemId = item.Id, Code = item.Code, Name = item.Name, Kind = item.Kind, Area = item.Area, MaxPoints = item.Points,
                SelfPoints = score?.SelfPoints, SelfNote = score?.SelfNote, Evidence = score?.Evidence,
                Points = score?.Points, ChangeReason = score?.ChangeReason,
                InputPoints = Format(score?.Points ?? (item.Kind == RatingItemKind.Base ? null : 0m)),
            };
        }).ToList() ?? [];
        var stage = rating?.Stage;
        return new BranchRatingViewModel
        {
            BranchId = branch.Id, BranchName = branch.Name, Year = year,
            StandardName = standard?.Name, BaseWeight = standard?.BaseWeight ?? 0,
            Stage = stage,
            CanSelfEvaluate = secretary && standard is not null && (stage is null or RatingStage.SelfEvaluation),
            CanEvaluate = office && stage == RatingStage.TownshipEvaluation,
            Items = rows,
            Review = rating?.ReviewScore,
            InputReview = Format(rating?.ReviewScore),
            BaseScore = rating?.BaseScore ?? 0, Bonus = rating?.Bonus ?? 0, Deductions = rating?.Deductions ?? 0,
            Total = rating?.Total ?? 0, Stars = rating?.Stars ?? 0,
            Explanation = rating is { IsEvaluated: true } ? Explain(rating) : null,
            PointsEvidence = evidence.Select(e => (e.Quarter, e.Done)).ToList(),
            Steps = rating?.Steps.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new RatingStepRow(s.Stage, s.Actor, s.At, s.Note)).ToList() ?? [],
            OnRectificationList = rectification is { IsClosed: false },
        };
    }

    public async Task<TownshipRatingViewModel?> TownshipAsync(int? townshipId, int year, bool office, CancellationToken ct)
    {
        var data = await reader.ForTownshipAsync(townshipId, year, ct);
        if (data is null)
            return null;
        var rows = data.Branches.Select(b =>
        {
            var r = data.RatingOf(b.Id);
            return new TownshipBranchRow(b.Id, b.Name, r?.Stage, r?.IsEvaluated == true ? r.Total : null,
                r?.IsEvaluated == true ? r.Stars : null, r?.IsEvaluated == true ? Explain(r) : null,
                text["Waiting_" + (r?.Stage ?? RatingStage.SelfEvaluation)]);
        }).ToList();
        var evaluated = data.Ratings.Where(r => r.IsEvaluated).ToList();
        return new TownshipRatingViewModel
        {
            TownshipId = data.Township.Id, TownshipName = data.Township.Name, Year = year,
            HasStandard = data.Standard is not null,
            FiveStarQuota = data.Standard?.FiveStarQuota ?? 0,
            QuotaApproval = QuotaApproval(data.Standard),
            FiveStarPlaces = data.FiveStarPlaces,
            FiveStarsUsed = evaluated.Count(r => r.Stars == 5),
            Branches = rows,
            Distribution = Enumerable.Range(1, 5).Reverse().Select(s => (s, evaluated.Count(r => r.Stars == s))).ToList(),
            CanPublishNotice = office && data.Ratings.Count == data.Branches.Count && data.Ratings.All(r => r.Stage == RatingStage.Evaluated),
            CanRecommend = office && data.Ratings.Any(r => r.Stage == RatingStage.FiveStarCandidate),
            CanName = office && data.Ratings.Count > 0 && data.Ratings.All(r => r.Stage is RatingStage.Fixed or RatingStage.CountyReviewed),
        };
    }

    public async Task<CountyReviewViewModel?> CountyReviewAsync(int? townshipId, int year, CancellationToken ct)
    {
        var data = await reader.ForTownshipAsync(townshipId, year, ct);
        if (data is null)
            return null;
        var names = data.Branches.ToDictionary(b => b.Id, b => b.Name);
        return new CountyReviewViewModel
        {
            TownshipId = data.Township.Id, TownshipName = data.Township.Name, Year = year,
            Recommended = data.Ratings.Where(r => r.Stage >= RatingStage.AwaitingCounty && r.Steps.Any(s => s.Stage == RatingStage.AwaitingCounty))
                .Select(r => new CountyReviewRow(r.BranchId, names[r.BranchId], r.Total, r.BaseScore, r.Stars, r.Stage, r.CountyReason)).ToList(),
            FiveStarQuota = data.Standard?.FiveStarQuota ?? 0,
            QuotaApproval = QuotaApproval(data.Standard),
        };
    }

    public async Task<SpotCheckViewModel?> SpotCheckAsync(int? townshipId, int year, CancellationToken ct)
    {
        var data = await reader.ForTownshipAsync(townshipId, year, ct);
        if (data is null)
            return null;
        var names = data.Branches.ToDictionary(b => b.Id, b => b.Name);
        var check = data.SpotCheck;
        return new SpotCheckViewModel
        {
            TownshipId = data.Township.Id, TownshipName = data.Township.Name, Year = year,
            Seed = check?.Seed, DrawnBy = check?.DrawnBy, DrawnAt = check?.DrawnAt,
            ThreeStarCount = data.Ratings.Count(r => r.Stage >= RatingStage.Fixed && r.Stars == 3),
            FourStarCount = data.Ratings.Count(r => r.Stage >= RatingStage.Fixed && r.Stars == 4),
            CanDraw = check is null && data.Ratings.Count > 0 && data.Ratings.All(r => r.Stage >= RatingStage.Fixed),
            Entries = check?.Entries.OrderBy(e => e.Stars).ThenBy(e => e.BranchId)
                .Select(e => new SpotCheckRow(e.BranchId, names[e.BranchId], e.Stars, e.Upheld, e.Finding, e.CheckedBy)).ToList() ?? [],
        };
    }

    public async Task<RectificationListViewModel?> RectificationsAsync(int? townshipId, bool office, CancellationToken ct)
    {
        var data = await reader.ForTownshipAsync(townshipId, clock.GetLocalNow().Year, ct);
        if (data is null)
            return null;
        var names = data.Branches.ToDictionary(b => b.Id, b => b.Name);
        return new RectificationListViewModel
        {
            TownshipName = data.Township.Name,
            CanEdit = office,
            Items = data.Rectifications.Select(r => new RectificationRow(r.Id, r.BranchId, names[r.BranchId], r.Year, r.Stars, r.Measures,
                r.ResponsiblePerson, r.Deadline, r.IsClosed, r.ClosedAt,
                r.Progress.OrderBy(p => p.At).Select(p => new RectificationProgressRow(p.Note, p.Actor, p.At)).ToList())).ToList(),
        };
    }

    public async Task<BranchHistoryViewModel?> HistoryAsync(int branchId, CancellationToken ct)
    {
        if (await reader.HistoryAsync(branchId, ct) is not { } history)
            return null;
        var rows = new List<HistoryRow>();
        int? previous = null;
        foreach (var r in history.Ratings.Where(r => r.IsEvaluated))
        {
            rows.Add(new HistoryRow(r.Year, r.Total, r.Stars, r.Stage, previous is { } p ? r.Stars - p : null));
            previous = r.Stars;
        }
        return new BranchHistoryViewModel(history.Branch.Id, history.Branch.Name, rows);
    }

    private string Explain(BranchRating r) => StarExplanation.For(text, r);

    private string? QuotaApproval(RatingStandard? s) => s?.QuotaApprovedBy is null ? null
        : text["Quota_Approval", s.QuotaApprovedBy, s.QuotaApprovedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", s.QuotaApprovalDocument ?? ""].Value;

    public static string? Format(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture);
}
