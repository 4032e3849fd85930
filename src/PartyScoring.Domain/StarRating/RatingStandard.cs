using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.StarRating;

/// <summary>
/// A township's 评星定级 standard for one year (seed 001 三/四): base sub-items over the six areas summing to
/// exactly 100, bonus items (capped at 20 together), deduction items (≥ 20 each occurrence), the review item
/// converted to 100, the base-side weight w ≥ 0.70 and the five-star quota, raised only with a recorded
/// county approval (报经县委组织部同意).
/// </summary>
public class RatingStandard
{
    public const int NameMaxLength = 100;
    public const int ApprovalTextMaxLength = 200;

    private readonly List<RatingItem> _items = [];

    private RatingStandard() { Name = string.Empty; }

    public RatingStandard(int townshipId, int year, string name, decimal baseWeight, IEnumerable<RatingItemDefinition> items)
    {
        if (!ReportingYear.IsValid(year))
            throw new DomainException("rating.year", "year out of range");
        if (baseWeight is < StarRules.MinimumBaseWeight or > 1m)
            throw new DomainException("rating.weight", "the base side weighs at least 70 %");
        TownshipId = townshipId;
        Year = year;
        Name = Guard.Text(name, NameMaxLength, "rating.name");
        BaseWeight = baseWeight;
        FiveStarQuota = StarRating.FiveStarQuota.DefaultQuota;
        var created = items.Select(d => new RatingItem(d.Code, d.Name, d.Kind, d.Area, d.Points)).ToList();
        if (created.Select(i => i.Code).Distinct().Count() != created.Count)
            throw new DomainException("rating.item.code", "item codes are unique");
        var baseSum = created.Where(i => i.Kind == RatingItemKind.Base).Sum(i => i.Points);
        if (baseSum != StarRules.BasePoints)
            throw new DomainException("rating.base.sum", $"base sub-items add up to {baseSum}, not 100");
        if (Enum.GetValues<RatingArea>().Any(a => created.All(i => i.Area != a)))
            throw new DomainException("rating.base.areas", "every one of the six areas has sub-items");
        _items.AddRange(created);
    }

    public int Id { get; private set; }
    public int TownshipId { get; private set; }
    public int Year { get; private set; }
    public string Name { get; private set; }
    public decimal BaseWeight { get; private set; }
    public decimal ReviewWeight => 1m - BaseWeight;
    public decimal FiveStarQuota { get; private set; }
    public string? QuotaApprovedBy { get; private set; }
    public DateOnly? QuotaApprovedOn { get; private set; }
    public string? QuotaApprovalDocument { get; private set; }
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();
    public IReadOnlyList<RatingItem> Items => _items;

    public IEnumerable<RatingItem> ItemsOf(RatingItemKind kind) => _items.Where(i => i.Kind == kind);

    /// <summary>Above 30 % only with the county's approval: who approved it, when, and by which document.</summary>
    public void RaiseFiveStarQuota(decimal quota, string approvedBy, DateOnly approvedOn, string document)
    {
        if (!StarRating.FiveStarQuota.IsValidRaisedQuota(quota))
            throw new DomainException("rating.quota.raise", "a raised quota is above 30 % and at most 100 %");
        QuotaApprovedBy = Guard.Text(approvedBy, ApprovalTextMaxLength, "rating.quota.approvedBy");
        QuotaApprovalDocument = Guard.Text(document, ApprovalTextMaxLength, "rating.quota.document");
        QuotaApprovedOn = approvedOn;
        FiveStarQuota = quota;
        Touch();
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}
