using PartyScoring.Domain.Members;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Domain.Scoring;

/// <summary>
/// 年终一汇总 for one branch: points per member, rank in branch, grade with veto and quota.
///
/// Rules, with their sources:
/// - any active veto → 不合格 whatever the points (seed 002 一票否决);
/// - bands are inclusive lower bounds (seed 000: "90分(含90)以上");
/// - with an excellent quota, at most ⌊share × graded members⌋ members are 优秀 ("排名靠前", seed 000);
///   the others above the 优秀 line drop to the next band; ties at the boundary follow the scheme's
///   <see cref="QuotaTieRule"/> and each affected result carries a note saying so;
/// - rank is competition ranking (1, 2, 2, 4) on the grade score; vetoed members rank after everyone else;
/// - exempt members and activists are computed but neither ranked nor graded with the branch.
/// </summary>
public static class AnnualComputation
{
    public static BranchYearResult Compute(ScoringScheme scheme, IEnumerable<ScoredMember> members,
        IEnumerable<ScoredLine> lines, IReadOnlyDictionary<int, EvaluationVotes>? votes = null) =>
        Compute(scheme, members, ItemTotal.FromLines(lines), votes);

    /// <summary>The same computation from per-item totals (one GROUP BY in the database instead of every line).</summary>
    public static BranchYearResult Compute(ScoringScheme scheme, IEnumerable<ScoredMember> members,
        IEnumerable<ItemTotal> totals, IReadOnlyDictionary<int, EvaluationVotes>? votes = null) =>
        Compute(scheme, members, MemberTotals.From(totals), votes);

    /// <summary>
    /// The same computation from totals already grouped by member: a batch groups a whole township's or county's
    /// totals once and computes each branch from its slice.
    /// </summary>
    public static BranchYearResult Compute(ScoringScheme scheme, IEnumerable<ScoredMember> members,
        MemberTotals totals, IReadOnlyDictionary<int, EvaluationVotes>? votes = null)
    {
        var items = scheme.Items.ToDictionary(i => i.Id);
        var computed = new List<(ScoredMember Member, MemberPoints Points)>(members.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var member in members)
        {
            var memberVotes = votes is not null && votes.TryGetValue(member.Id, out var v) ? v : null;
            computed.Add((member, PointsCalculator.Compute(scheme, items, member.Id, totals.Of(member.Id), memberVotes)));
        }

        var graded = computed.Where(c => c.Member.IsGraded).ToList();
        var quotaPlaces = QuotaPlaces(scheme, graded.Count);
        var results = Grade(scheme, graded, quotaPlaces);

        MemberYearResult Ungraded((ScoredMember Member, MemberPoints Points) c) => new(c.Member, c.Points, null, null);
        return new BranchYearResult(
            scheme.Id,
            scheme.Version,
            results,
            computed.Where(c => c.Member.IsExempt).Select(Ungraded).ToList(),
            computed.Where(c => !c.Member.IsExempt && c.Member.Status == MembershipStatus.Activist)
                .OrderByDescending(c => c.Points.Total).Select(Ungraded).ToList(),
            quotaPlaces);
    }

    /// <summary>Places for 优秀 under the quota: the share is a maximum, so the count rounds down.</summary>
    public static int QuotaPlaces(ScoringScheme scheme, int gradedMembers) =>
        scheme.ExcellentQuota is { } share ? (int)Math.Floor(share * gradedMembers) : gradedMembers;

    /// <summary>The band a score falls in, before veto and quota.</summary>
    public static Grade BandFor(ScoringScheme scheme, decimal score)
    {
        var bands = scheme.Bands;
        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i].Admits(score))
                return bands[i].Grade;
        }
        throw new InvalidOperationException($"No band of scheme {scheme.Id} admits {score}: the lowest band must have no bound.");
    }

    private static List<MemberYearResult> Grade(ScoringScheme scheme,
        List<(ScoredMember Member, MemberPoints Points)> graded, int quotaPlaces)
    {
        var ordered = graded
            .OrderBy(c => c.Points.Vetoed)
            .ThenByDescending(c => c.Points.GradeScore)
            .ThenBy(c => c.Member.Name, StringComparer.Ordinal)
            .ToList();

        var bands = new Grade[ordered.Count];
        var excellent = new List<(ScoredMember Member, MemberPoints Points)>();
        for (var i = 0; i < ordered.Count; i++)
        {
            bands[i] = BandFor(scheme, ordered[i].Points.GradeScore);
            if (!ordered[i].Points.Vetoed && bands[i] == Schemes.Grade.Excellent)
                excellent.Add(ordered[i]);
        }
        var (awarded, tieNotes) = ApplyQuota(scheme, excellent, quotaPlaces);
        var belowExcellent = scheme.Bands.Count > 1 ? scheme.Bands[1].Grade : Schemes.Grade.Unqualified;

        var results = new List<MemberYearResult>(ordered.Count);
        var rank = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var (member, points) = ordered[i];
            // Competition ranking: a member level with the one before shares their rank.
            if (i == 0 || points.Vetoed != ordered[i - 1].Points.Vetoed || points.GradeScore != ordered[i - 1].Points.GradeScore)
                rank = i + 1;

            ComputationNote? withheld = null;
            Grade grade;
            if (points.Vetoed)
                grade = Schemes.Grade.Unqualified;
            else if (bands[i] != Schemes.Grade.Excellent)
                grade = bands[i];
            else if (awarded.Contains(member.Id))
                grade = Schemes.Grade.Excellent;
            else
            {
                grade = belowExcellent;
                withheld = new ComputationNote(ComputationNoteKind.ExcellentWithheldByQuota);
            }
            var tie = tieNotes.GetValueOrDefault(member.Id);
            // Most members get no note here: they share their points' list instead of copying it.
            var notes = points.Notes;
            if (withheld is not null || tie is not null)
            {
                var own = points.Notes.ToList();
                if (withheld is not null)
                    own.Add(withheld);
                if (tie is not null)
                    own.Add(tie);
                notes = own;
            }
            results.Add(new MemberYearResult(member, points, grade, rank) { Notes = notes });
        }
        return results;
    }

    private static (HashSet<int> Awarded, Dictionary<int, ComputationNote> TieNotes) ApplyQuota(ScoringScheme scheme,
        List<(ScoredMember Member, MemberPoints Points)> candidates, int places)
    {
        var tieNotes = new Dictionary<int, ComputationNote>();
        if (candidates.Count <= places)
            return (candidates.Select(c => c.Member.Id).ToHashSet(), tieNotes);
        if (places == 0)
            return ([], tieNotes);

        var boundary = candidates[places - 1].Points.GradeScore;
        var straddles = candidates[places].Points.GradeScore == boundary;
        if (!straddles)
            return (candidates.Take(places).Select(c => c.Member.Id).ToHashSet(), tieNotes);

        var include = scheme.QuotaTieRule == QuotaTieRule.IncludeAllTied;
        var awarded = candidates
            .Where(c => c.Points.GradeScore > boundary || (include && c.Points.GradeScore == boundary))
            .Select(c => c.Member.Id)
            .ToHashSet();
        foreach (var tied in candidates.Where(c => c.Points.GradeScore == boundary))
            tieNotes[tied.Member.Id] = new ComputationNote(include ? ComputationNoteKind.QuotaTieIncluded : ComputationNoteKind.QuotaTieExcluded);
        return (awarded, tieNotes);
    }
}
