using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.StarRating;

/// <summary>
/// One line of a rating standard. For a base sub-item <see cref="Points"/> is its maximum; for a bonus item
/// the most it may add; for a deduction item the points taken per occurrence (at least 20).
/// </summary>
public class RatingItem
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 200;

    private RatingItem() { Code = string.Empty; Name = string.Empty; }

    internal RatingItem(string code, string name, RatingItemKind kind, RatingArea? area, decimal points)
    {
        Code = Guard.Text(code, CodeMaxLength, "rating.item.code");
        Name = Guard.Text(name, NameMaxLength, "rating.item.name");
        if (kind == RatingItemKind.Base && area is null)
            throw new DomainException("rating.item.area", "a base sub-item belongs to one of the six areas");
        if (points <= 0 || !Common.Points.HasValidScale(points))
            throw new DomainException("rating.item.points", "item points are positive with one decimal");
        if (kind == RatingItemKind.Deduction && points < StarRules.DeductionMinimum)
            throw new DomainException("rating.deduction.minimum", "a deduction takes at least 20 per occurrence");
        Kind = kind;
        Area = kind == RatingItemKind.Base ? area : null;
        Points = points;
    }

    public int Id { get; private set; }
    public int StandardId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public RatingItemKind Kind { get; private set; }
    public RatingArea? Area { get; private set; }
    public decimal Points { get; private set; }
}

/// <summary>How a standard's item is written down before it is created.</summary>
public sealed record RatingItemDefinition(string Code, string Name, RatingItemKind Kind, RatingArea? Area, decimal Points);
