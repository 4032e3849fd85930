using System.Runtime.InteropServices;

namespace PartyScoring.Domain.Scoring;

/// <summary>
/// Item totals grouped by member for a whole batch (a township's or a county's year end). The totals sit in one
/// list, each member's together and in the order they came, so a member's totals are a slice of it rather than
/// a collection of their own: grouping a county's quarter of a million totals costs two passes and no object per member.
/// </summary>
public sealed class MemberTotals
{
    private readonly List<ItemTotal> _totals;
    private readonly Dictionary<int, int> _memberIndex;
    private readonly int[] _starts;

    private MemberTotals(List<ItemTotal> totals, Dictionary<int, int> memberIndex, int[] starts)
    {
        _totals = totals;
        _memberIndex = memberIndex;
        _starts = starts;
    }

    /// <param name="totals">A list whose totals already come member by member is kept, not copied: don't change it afterwards.</param>
    public static MemberTotals From(IEnumerable<ItemTotal> totals)
    {
        var list = totals as List<ItemTotal> ?? totals.ToList();
        var source = CollectionsMarshal.AsSpan(list);

        // First pass: number the members as they come and count their totals, noting whether each member's totals
        // already come together (a GROUP BY read through an index by member returns them so).
        var memberIndex = new Dictionary<int, int>();
        var counts = new List<int>();
        var together = true;
        for (var i = 0; i < source.Length; i++)
        {
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(memberIndex, source[i].MemberId, out var seen);
            if (!seen)
            {
                index = counts.Count;
                counts.Add(0);
            }
            else if (source[i - 1].MemberId != source[i].MemberId)
            {
                together = false;
            }
            counts[index]++;
        }

        // Member i's totals are [starts[i], starts[i + 1]); unless they already are, a second pass puts them there.
        var starts = new int[counts.Count + 1];
        for (var i = 0; i < counts.Count; i++)
            starts[i + 1] = starts[i] + counts[i];
        if (together)
            return new MemberTotals(list, memberIndex, starts);
        var next = starts[..^1];
        var placed = new List<ItemTotal>(source.Length);
        CollectionsMarshal.SetCount(placed, source.Length);
        var slots = CollectionsMarshal.AsSpan(placed);
        foreach (var total in source)
            slots[next[memberIndex[total.MemberId]]++] = total;
        return new MemberTotals(placed, memberIndex, starts);
    }

    /// <summary>The member's totals; empty when they have none.</summary>
    public ReadOnlySpan<ItemTotal> Of(int memberId) =>
        _memberIndex.TryGetValue(memberId, out var i)
            ? CollectionsMarshal.AsSpan(_totals).Slice(_starts[i], _starts[i + 1] - _starts[i])
            : [];
}
