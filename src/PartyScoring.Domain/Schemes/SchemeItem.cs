using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Schemes;

/// <summary>
/// One item of the scheme's catalogue. Points per entry are fixed (min = max) or chosen in a range by impact
/// (seed 003: "X–XX 分 by 影响程度"); <see cref="PerOccurrence"/> items may be entered again each time
/// (seed 000: volunteer day +2 each time); <see cref="AnnualCap"/> bounds what the item can add in a year.
/// Duty items belong to one branch (<see cref="BranchId"/>), inside the township's duty cap.
/// </summary>
public class SchemeItem
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 100;

    private SchemeItem() { Code = string.Empty; Name = string.Empty; }

    internal SchemeItem(ItemDefinition d)
    {
        Code = Guard.Text(d.Code, CodeMaxLength, "scheme.item.code");
        Name = Guard.Text(d.Name, NameMaxLength, "scheme.item.name");
        Kind = d.Kind;
        if (d.Kind == ItemKind.Veto)
        {
            MinPoints = MaxPoints = 0;
        }
        else
        {
            if (d.MinPoints <= 0 || d.MaxPoints < d.MinPoints)
                throw new DomainException("scheme.item.points", "points must be positive and min ≤ max");
            if (!Points.HasValidScale(d.MinPoints) || !Points.HasValidScale(d.MaxPoints))
                throw new DomainException("scheme.item.points", "points have at most one decimal place");
            MinPoints = d.MinPoints;
            MaxPoints = d.MaxPoints;
        }
        if (d.AnnualCap is { } cap && (cap < MaxPoints || !Points.HasValidScale(cap)))
            throw new DomainException("scheme.item.cap", "an annual cap is at least one entry's points");
        if (d.Kind == ItemKind.Base && string.IsNullOrWhiteSpace(d.CategoryCode))
            throw new DomainException("scheme.item.category", "a base item belongs to a category");
        if (d.Kind != ItemKind.Duty && d.BranchId is not null)
            throw new DomainException("scheme.item.branch", "only duty items are defined by a branch");
        AnnualCap = d.AnnualCap;
        PerOccurrence = d.PerOccurrence;
        RequiresOfficeReview = d.RequiresOfficeReview;
        CategoryCode = d.Kind == ItemKind.Base ? d.CategoryCode : null;
        BranchId = d.BranchId;
        SortOrder = d.SortOrder;
    }

    public int Id { get; private set; }
    public int SchemeId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public ItemKind Kind { get; private set; }
    public decimal MinPoints { get; private set; }
    public decimal MaxPoints { get; private set; }
    public bool IsFixed => MinPoints == MaxPoints;
    public bool PerOccurrence { get; private set; }
    public decimal? AnnualCap { get; private set; }
    public bool RequiresOfficeReview { get; private set; }
    public string? CategoryCode { get; private set; }
    public int? BranchId { get; private set; }
    public int SortOrder { get; private set; }

    /// <summary>Sign of the item's lines in the total: deductions count against it, vetoes carry no points.</summary>
    public int Sign => Kind switch { ItemKind.Deduction => -1, ItemKind.Veto => 0, _ => 1 };

    /// <summary>Checks one entry's points (as the clerk types them: a positive amount). Returns an error code or null.</summary>
    public string? ValidateEntry(decimal amount)
    {
        if (Kind == ItemKind.Veto)
            return amount == 0 ? null : "ledger.points.veto";
        if (!Points.HasValidScale(amount))
            return "ledger.points.scale";
        if (amount < MinPoints || amount > MaxPoints)
            return IsFixed ? "ledger.points.fixed" : "ledger.points.range";
        return null;
    }

    /// <summary>The signed effect on the total of an entry of <paramref name="amount"/>.</summary>
    public decimal SignedPoints(decimal amount) => Sign * amount;

    internal ItemDefinition ToDefinition() =>
        new(Code, Name, Kind, MinPoints, MaxPoints, PerOccurrence, AnnualCap, RequiresOfficeReview, CategoryCode, BranchId, SortOrder);
}

/// <summary>What a township (or a branch, for duty items) types to define an item.</summary>
public sealed record ItemDefinition(
    string Code,
    string Name,
    ItemKind Kind,
    decimal MinPoints,
    decimal MaxPoints,
    bool PerOccurrence = false,
    decimal? AnnualCap = null,
    bool RequiresOfficeReview = false,
    string? CategoryCode = null,
    int? BranchId = null,
    int SortOrder = 0);
