using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;

namespace PartyScoring.Domain.Tests.Builders;

/// <summary>One branch's year: members, their confirmed ledger lines and votes, ready for <see cref="AnnualComputation"/>.</summary>
internal sealed class BranchYearBuilder(ScoringScheme scheme)
{
    private readonly LineFactory _lines = new(scheme);
    private readonly List<ScoredMember> _members = [];
    private readonly List<ScoredLine> _scored = [];
    private readonly Dictionary<int, EvaluationVotes> _votes = [];
    private readonly Dictionary<string, List<LedgerLine>> _byName = [];

    /// <summary>A full member with confirmed lines, each (item code, amount as typed).</summary>
    public BranchYearBuilder Member(string name, params (string Code, decimal Amount)[] lines) =>
        Add(name, MembershipStatus.Full, isExempt: false, lines);

    public BranchYearBuilder Activist(string name, params (string Code, decimal Amount)[] lines) =>
        Add(name, MembershipStatus.Activist, isExempt: false, lines);

    public BranchYearBuilder Exempt(string name, params (string Code, decimal Amount)[] lines) =>
        Add(name, MembershipStatus.Full, isExempt: true, lines);

    /// <summary>A full member whose lines, drawn from the scheme's own catalogue, add up to <paramref name="total"/>.</summary>
    public BranchYearBuilder MemberScoring(string name, decimal total) =>
        Member(name, TotalComposer.LinesReaching(scheme, total));

    /// <summary><paramref name="count"/> members named prefix01, prefix02, … all at <paramref name="total"/>.</summary>
    public BranchYearBuilder MembersScoring(int count, decimal total, string prefix = "Filler")
    {
        for (var i = 1; i <= count; i++)
            MemberScoring($"{prefix}{i:00}", total);
        return this;
    }

    /// <summary>Adds an already-built member (e.g. from <see cref="ScoredMember.From"/>) with lines.</summary>
    public BranchYearBuilder Add(ScoredMember member, params (string Code, decimal Amount)[] lines)
    {
        _members.Add(member);
        _byName[member.Name] = [];
        foreach (var (code, amount) in lines)
            Record(member.Name, _lines.Confirmed(member.Id, code, amount));
        return this;
    }

    /// <summary>Reverses the member's last confirmed line of <paramref name="code"/> (a correction, SPEC 4).</summary>
    public BranchYearBuilder Reverse(string name, string code)
    {
        var line = _byName[name].Last(l => _lines.Scheme.Items.Single(i => i.Id == l.SchemeItemId).Code == code);
        Record(name, _lines.Reversal(line));
        return this;
    }

    public BranchYearBuilder Votes(string name, int good, int medium, int poor, int voters)
    {
        _votes[IdOf(name)] = EvaluationVotes.Create(good, medium, poor, voters);
        return this;
    }

    public BranchYearResult Compute() => AnnualComputation.Compute(scheme, _members, _scored, _votes);

    private BranchYearBuilder Add(string name, MembershipStatus status, bool isExempt, (string Code, decimal Amount)[] lines) =>
        Add(new ScoredMember(_members.Count + 1, name, status, isExempt), lines);

    private void Record(string name, LedgerLine line)
    {
        _byName[name].Add(line);
        _scored.Add(ScoredLine.From(line));
    }

    private int IdOf(string name) => _members.Single(m => m.Name == name).Id;
}

internal static class BranchYearResultExtensions
{
    /// <summary>The member's result wherever it is listed: graded, exempt or activist.</summary>
    public static MemberYearResult Of(this BranchYearResult result, string name) =>
        result.Graded.Concat(result.Exempt).Concat(result.Activists).Single(r => r.Member.Name == name);

    public static IEnumerable<ComputationNoteKind> NoteKinds(this MemberYearResult result) => result.Notes.Select(n => n.Kind);
}
