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
        IEnumerable<ItemTotal> totals, IReadOnlyDictionary<int, EvaluationVotes>? votes = null)
    {
        var items = scheme.Items.ToDictionary(i => i.Id);
        var byMember = totals.ToLookup(t => t.MemberId);
        var computed = members
            .Select(m => (Member: m, Points: PointsCalculator.Compute(scheme, items, m.Id, byMember[m.Id],
                votes is not null && votes.TryGetValue(m.Id, out var v) ? v : null)))
            .ToList();

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
    public static Grade BandFor(ScoringScheme scheme, decimal score) =>
        scheme.Bands.First(b => b.Admits(score)).Grade;

    private static List<MemberYearResult> Grade(ScoringScheme scheme,
        List<(ScoredMember Member, MemberPoints Points)> graded, int quotaPlaces)
    {
        var ordered = graded
            .OrderBy(c => c.Points.Vetoed)
            .ThenByDescending(c => c.Points.GradeScore)
            .ThenBy(c => c.Member.Name, StringComparer.Ordinal)
            .ToList();

        var ranks = CompetitionRanks(ordered.Select(c => (c.Points.Vetoed, c.Points.GradeScore)).ToList());
        var excellent = ordered
            .Where(c => !c.Points.Vetoed && BandFor(scheme, c.Points.GradeScore) == Schemes.Grade.Excellent)
            .ToList();
        var (awarded, tieNotes) = ApplyQuota(scheme, excellent, quotaPlaces);
        var belowExcellent = scheme.Bands.Count > 1 ? scheme.Bands[1].Grade : Schemes.Grade.Unqualified;

        return ordered.Select((c, i) =>
        {
            var notes = c.Points.Notes.ToList();
            Grade grade;
            if (c.Points.Vetoed)
                grade = Schemes.Grade.Unqualified;
            else if (BandFor(scheme, c.Points.GradeScore) is var band && band != Schemes.Grade.Excellent)
                grade = band;
            else if (awarded.Contains(c.Member.Id))
                grade = Schemes.Grade.Excellent;
            else
            {
                grade = belowExcellent;
                notes.Add(new ComputationNote(ComputationNoteKind.ExcellentWithheldByQuota));
            }
            if (tieNotes.TryGetValue(c.Member.Id, out var tie))
                notes.Add(tie);
            return new MemberYearResult(c.Member, c.Points, grade, ranks[i]) { Notes = notes };
        }).ToList();
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

    private static int[] CompetitionRanks(List<(bool Vetoed, decimal Score)> ordered)
    {
        var ranks = new int[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
            ranks[i] = i > 0 && ordered[i] == ordered[i - 1] ? ranks[i - 1] : i + 1;
        return ranks;
    }
}
