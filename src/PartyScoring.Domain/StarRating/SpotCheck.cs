using PartyScoring.Domain.Common;

namespace PartyScoring.Domain.StarRating;

/// <summary>
/// The county's 抽查复核 of one township's year: the stored seed, the branches it drew among the three-star
/// and among the four-star branches (≥ 15 % of each, rounded up), and the result of checking each.
/// </summary>
public class SpotCheck
{
    private readonly List<SpotCheckEntry> _entries = [];

    private SpotCheck() { DrawnBy = string.Empty; }

    public int Id { get; private set; }
    public int TownshipId { get; private set; }
    public int Year { get; private set; }
    public long Seed { get; private set; }
    public string DrawnBy { get; private set; }
    public DateTimeOffset DrawnAt { get; private set; }
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();
    public IReadOnlyList<SpotCheckEntry> Entries => _entries;

    /// <summary>Draws from the township's ratings after the notice; the same seed and ratings give the same draw.</summary>
    public static SpotCheck Draw(int townshipId, int year, long seed, IReadOnlyCollection<BranchRating> ratings, string actor, DateTimeOffset at)
    {
        if (ratings.Any(r => r.Stage < RatingStage.Fixed))
            throw new DomainException("spotcheck.early", "the draw follows the public notice");
        var check = new SpotCheck
        {
            TownshipId = townshipId,
            Year = year,
            Seed = seed,
            DrawnBy = Guard.Text(actor, RatingStep.ActorMaxLength, "rating.actor"),
            DrawnAt = at,
        };
        foreach (var stars in new[] { 3, 4 })
        {
            var pool = ratings.Where(r => r.Stars == stars).ToDictionary(r => r.BranchId);
            foreach (var branchId in SpotCheckDraw.Draw(seed, pool.Keys))
                check._entries.Add(new SpotCheckEntry(branchId, stars));
        }
        return check;
    }

    public void Record(int branchId, bool upheld, string finding, string actor, DateTimeOffset at)
    {
        var entry = _entries.SingleOrDefault(e => e.BranchId == branchId)
                    ?? throw new DomainException("spotcheck.entry", "the branch was not drawn");
        entry.Record(upheld, finding, actor, at);
        ConcurrencyStamp = Guid.NewGuid();
    }
}

/// <summary>One drawn branch and what the check found.</summary>
public class SpotCheckEntry
{
    public const int FindingMaxLength = 500;

    private SpotCheckEntry() { }

    internal SpotCheckEntry(int branchId, int stars)
    {
        BranchId = branchId;
        Stars = stars;
    }

    public int Id { get; private set; }
    public int BranchId { get; private set; }
    public int Stars { get; private set; }
    /// <summary>Null until checked; true when the stars were confirmed, false when the check found them wrong.</summary>
    public bool? Upheld { get; private set; }
    public string? Finding { get; private set; }
    public string? CheckedBy { get; private set; }
    public DateTimeOffset? CheckedAt { get; private set; }

    internal void Record(bool upheld, string finding, string actor, DateTimeOffset at)
    {
        Finding = Guard.Text(finding, FindingMaxLength, "spotcheck.finding");
        CheckedBy = Guard.Text(actor, RatingStep.ActorMaxLength, "rating.actor");
        Upheld = upheld;
        CheckedAt = at;
    }
}
