using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.Schemes;

/// <summary>
/// 积分方案: one per township per year, versioned. Editable while draft or announced; frozen once a quarter
/// is approved under it, after which it only changes through <see cref="CreateNextVersion"/> with a reason,
/// so that every past result recomputes to the same figures with the version it recorded.
/// </summary>
public class ScoringScheme
{
    public const int NameMaxLength = 100;
    public const int ReasonMaxLength = 500;
    public const int PresetMaxLength = 20;

    private readonly List<BaseCategory> _categories = [];
    private readonly List<SchemeItem> _items = [];
    private readonly List<GradeBand> _bands = [];

    private ScoringScheme() { Name = string.Empty; }

    public ScoringScheme(int townshipId, int year, string name, SchemeRules rules, string? presetKey = null)
    {
        if (!ReportingYear.IsValid(year))
            throw new DomainException("scheme.year", "year out of range");
        TownshipId = townshipId;
        Year = year;
        Version = 1;
        Name = Guard.Text(name, NameMaxLength, "scheme.name");
        PresetKey = presetKey;
        State = SchemeState.Draft;
        Apply(rules);
    }

    public int Id { get; private set; }
    public int TownshipId { get; private set; }
    public int Year { get; private set; }
    public int Version { get; private set; }
    public string Name { get; private set; }
    public string? PresetKey { get; private set; }
    public SchemeState State { get; private set; }
    public int? PreviousVersionId { get; private set; }
    public string? ChangeReason { get; private set; }
    public DateTimeOffset? FrozenAt { get; private set; }

    public BaseMode BaseMode { get; private set; }
    /// <summary>Starting score for start-full schemes; for earned schemes, the sum of the category maxima.</summary>
    public decimal BasePoints { get; private set; }
    public decimal DutyCap { get; private set; }
    public decimal? BonusAnnualCap { get; private set; }
    public EvaluationMode EvaluationMode { get; private set; }
    public decimal GoodVoteWeight { get; private set; }
    public decimal MediumVoteWeight { get; private set; }
    public decimal PoorVoteWeight { get; private set; }
    /// <summary>Share w of the evaluation score in the grade score, for <see cref="EvaluationMode.WeightedIntoGrade"/>.</summary>
    public decimal EvaluationShare { get; private set; }
    /// <summary>Maximum share of graded members who may be 优秀 in a branch ("排名靠前"); null = no quota.</summary>
    public decimal? ExcellentQuota { get; private set; }
    public QuotaTieRule QuotaTieRule { get; private set; }
    /// <summary>Days the quarter's public notice stays up (SPEC 5: default 5).</summary>
    public int NoticeDays { get; private set; }
    /// <summary>Half-year talk list: members below this total after Q2 (seed 000 半年一谈话).</summary>
    public decimal? TalkThreshold { get; private set; }
    public YearEndDeadline YearEndDeadline { get; private set; } = new(12, 25, false);

    /// <summary>Optimistic concurrency token: the office edits the scheme from several screens.</summary>
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public IReadOnlyList<BaseCategory> Categories => _categories;
    public IReadOnlyList<SchemeItem> Items => _items;
    /// <summary>Bands from the highest grade to the lowest.</summary>
    public IReadOnlyList<GradeBand> Bands => _bands;

    public bool IsEditable => State != SchemeState.Frozen;

    public void UpdateRules(SchemeRules rules)
    {
        EnsureEditable();
        Apply(rules);
        Touch();
    }

    public BaseCategory AddCategory(string code, string name, decimal maxPoints)
    {
        EnsureEditable();
        if (BaseMode != BaseMode.EarnedByCategory)
            throw new DomainException("scheme.category.mode", "categories belong to earned-by-category schemes");
        if (_categories.Any(c => c.Code == code.Trim()))
            throw new DomainException("scheme.category.duplicate", "category code already used");
        var category = new BaseCategory(code, name, maxPoints, _categories.Count + 1);
        _categories.Add(category);
        BasePoints = _categories.Sum(c => c.MaxPoints);
        Touch();
        return category;
    }

    public SchemeItem AddItem(ItemDefinition definition)
    {
        EnsureEditable();
        if (_items.Any(i => i.Code == definition.Code.Trim() && i.BranchId == definition.BranchId))
            throw new DomainException("scheme.item.duplicate", "item code already used");
        if (definition.Kind == ItemKind.Base)
        {
            if (BaseMode != BaseMode.EarnedByCategory)
                throw new DomainException("scheme.item.base", "start-full schemes have no base items to earn");
            if (_categories.All(c => c.Code != definition.CategoryCode))
                throw new DomainException("scheme.item.category", "unknown category");
        }
        if (definition.Kind == ItemKind.Duty && definition.MaxPoints > DutyCap)
            throw new DomainException("scheme.item.dutycap", "a duty item cannot exceed the duty cap");
        var item = new SchemeItem(definition with { SortOrder = definition.SortOrder == 0 ? _items.Count + 1 : definition.SortOrder });
        _items.Add(item);
        Touch();
        return item;
    }

    /// <summary>Replaces the bands. Grades must strictly descend, thresholds must strictly descend, and the last band is open below.</summary>
    public void SetBands(IReadOnlyList<(Grade Grade, decimal? MinInclusive)> bands)
    {
        EnsureEditable();
        if (bands.Count is < 3 or > 4)
            throw new DomainException("scheme.bands.count", "a scheme has 3 or 4 grade bands");
        for (var i = 0; i < bands.Count; i++)
        {
            var isLast = i == bands.Count - 1;
            if (isLast != (bands[i].MinInclusive is null))
                throw new DomainException("scheme.bands.open", "only the lowest band is open below");
            if (i > 0 && bands[i].Grade <= bands[i - 1].Grade)
                throw new DomainException("scheme.bands.order", "grades must go from best to worst");
            if (i > 0 && !isLast && bands[i].MinInclusive >= bands[i - 1].MinInclusive)
                throw new DomainException("scheme.bands.order", "thresholds must go down");
        }
        if (bands[^1].Grade != Grade.Unqualified)
            throw new DomainException("scheme.bands.lowest", "the lowest band is 不合格");
        _bands.Clear();
        _bands.AddRange(bands.Select(b => new GradeBand(b.Grade, b.MinInclusive)));
        Touch();
    }

    public IEnumerable<SchemeItem> ItemsForBranch(int branchId) =>
        _items.Where(i => i.BranchId is null || i.BranchId == branchId).OrderBy(i => i.Kind).ThenBy(i => i.SortOrder);

    public void Announce()
    {
        EnsureEditable();
        EnsureComplete();
        State = SchemeState.Announced;
        Touch();
    }

    /// <summary>Called when the first quarter of the year is approved under this version.</summary>
    public void Freeze(DateTimeOffset at)
    {
        if (State == SchemeState.Frozen)
            return;
        EnsureComplete();
        State = SchemeState.Frozen;
        FrozenAt = at;
        Touch();
    }

    /// <summary>A frozen scheme changes only through a new version that states why.</summary>
    public ScoringScheme CreateNextVersion(string reason)
    {
        if (State != SchemeState.Frozen)
            throw new DomainException("scheme.version.notFrozen", "edit the scheme itself until it is frozen");
        var next = new ScoringScheme(TownshipId, Year, Name, Rules, PresetKey)
        {
            Version = Version + 1,
            PreviousVersionId = Id,
            ChangeReason = Guard.Text(reason, ReasonMaxLength, "scheme.version.reason"),
        };
        return CopyContentTo(next);
    }

    /// <summary>
    /// A later year's scheme made from this one (SPEC 3: a township starts from last year's): the same rules, categories,
    /// items and bands, as version 1 and a draft the township may still edit. This year's scheme is left as it is.
    /// </summary>
    public ScoringScheme CopyFor(int year)
    {
        if (year <= Year)
            throw new DomainException("scheme.copy.year", "a scheme is copied into a later year");
        return CopyContentTo(new ScoringScheme(TownshipId, year, Name, Rules, PresetKey));
    }

    private ScoringScheme CopyContentTo(ScoringScheme next)
    {
        next._categories.AddRange(_categories.Select(c => c.Copy()));
        next.BasePoints = BasePoints;
        next._items.AddRange(_items.Select(i => new SchemeItem(i.ToDefinition())));
        next._bands.AddRange(_bands.Select(b => b.Copy()));
        return next;
    }

    public SchemeRules Rules => new(BaseMode, BasePoints, DutyCap, BonusAnnualCap, EvaluationMode,
        GoodVoteWeight, MediumVoteWeight, PoorVoteWeight, EvaluationShare, ExcellentQuota, QuotaTieRule,
        NoticeDays, TalkThreshold, YearEndDeadline);

    private void EnsureComplete()
    {
        if (_bands.Count == 0)
            throw new DomainException("scheme.bands.missing", "the scheme has no grade bands");
        if (BaseMode == BaseMode.EarnedByCategory && _categories.Count == 0)
            throw new DomainException("scheme.category.missing", "an earned-by-category scheme needs categories");
    }

    private void EnsureEditable()
    {
        if (State == SchemeState.Frozen)
            throw new DomainException("scheme.frozen", "the scheme is frozen; create a new version with a reason");
    }

    private void Apply(SchemeRules rules)
    {
        rules.Validate();
        if (BaseMode != 0 && rules.BaseMode != BaseMode && (_categories.Count > 0 || _items.Any(i => i.Kind == ItemKind.Base)))
            throw new DomainException("scheme.base.mode", "remove the base categories before changing the base mode");
        BaseMode = rules.BaseMode;
        BasePoints = rules.BaseMode == BaseMode.StartFullAndDeduct ? rules.BasePoints : _categories.Sum(c => c.MaxPoints);
        DutyCap = rules.DutyCap;
        BonusAnnualCap = rules.BonusAnnualCap;
        EvaluationMode = rules.EvaluationMode;
        GoodVoteWeight = rules.GoodVoteWeight;
        MediumVoteWeight = rules.MediumVoteWeight;
        PoorVoteWeight = rules.PoorVoteWeight;
        EvaluationShare = rules.EvaluationShare;
        ExcellentQuota = rules.ExcellentQuota;
        QuotaTieRule = rules.QuotaTieRule;
        NoticeDays = rules.NoticeDays;
        TalkThreshold = rules.TalkThreshold;
        YearEndDeadline = rules.YearEndDeadline;
    }

    private void Touch() => ConcurrencyStamp = Guid.NewGuid();
}
