using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Schemes;

/// <summary>A base-points category of an earned-by-category scheme (seed 004: 思想政治表现 30 …).</summary>
public class BaseCategory
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 50;

    private BaseCategory() { Code = string.Empty; Name = string.Empty; }

    internal BaseCategory(string code, string name, decimal maxPoints, int sortOrder)
    {
        Code = Guard.Text(code, CodeMaxLength, "scheme.category.code");
        Name = Guard.Text(name, NameMaxLength, "scheme.category.name");
        if (maxPoints <= 0 || !Points.HasValidScale(maxPoints))
            throw new DomainException("scheme.category.max", "category maximum must be positive with one decimal place");
        MaxPoints = maxPoints;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public int SchemeId { get; private set; }
    public string Code { get; private set; }
    public string Name { get; private set; }
    public decimal MaxPoints { get; private set; }
    public int SortOrder { get; private set; }

    internal BaseCategory Copy() => new(Code, Name, MaxPoints, SortOrder);
}
