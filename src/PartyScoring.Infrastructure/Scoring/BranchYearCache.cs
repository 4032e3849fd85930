using System.Collections.Concurrent;
using PartyScoring.Domain.Members;

namespace PartyScoring.Infrastructure.Scoring;

/// <summary>
/// What a branch's year was computed from, read cheaply before the computation. Two equal fingerprints mean the same
/// inputs: the scheme version (id and stamp), the year-end register's stamp (it changes with every vote), and each
/// member as the engine sees them with the number of their confirmed lines that year. Confirmed lines are append-only
/// (<c>ChangeRules</c> refuses to edit or delete them; a correction is a new line), so for the same members an
/// unchanged count is an unchanged set of lines.
/// </summary>
public sealed record BranchYearFingerprint(int SchemeId, Guid SchemeStamp, Guid? RegisterStamp, IReadOnlyList<MemberFingerprint> Members)
{
    public bool Matches(BranchYearFingerprint other) =>
        SchemeId == other.SchemeId && SchemeStamp == other.SchemeStamp && RegisterStamp == other.RegisterStamp
        && Members.SequenceEqual(other.Members);
}

/// <summary>One member's inputs to the annual computation, and how many confirmed lines they have that year.</summary>
public sealed record MemberFingerprint(int Id, string Name, MembershipStatus Status, bool IsExempt, int ConfirmedLines);

/// <summary>
/// Computed branch years kept between requests, one per branch and year. Nothing here is trusted on its own: every
/// read compares the entry's fingerprint with one just read from the database, so an instance never serves a result
/// that another instance's change has made stale, and losing the cache (a restart, a new instance) costs only time.
/// </summary>
public sealed class BranchYearCache
{
    private const int MaxEntries = 20_000;
    private readonly ConcurrentDictionary<(int BranchId, int Year), (BranchYearFingerprint Fingerprint, BranchYear Year)> _entries = new();

    public BranchYear? Find(int branchId, int year, BranchYearFingerprint current) =>
        _entries.TryGetValue((branchId, year), out var entry) && entry.Fingerprint.Matches(current) ? entry.Year : null;

    public void Store(int branchId, int year, BranchYearFingerprint fingerprint, BranchYear computed)
    {
        if (_entries.Count >= MaxEntries)
            _entries.Clear(); // a county has a few thousand branches; a full cache only means recomputing
        _entries[(branchId, year)] = (fingerprint, computed);
    }
}
