using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Domain.Tests.Builders;

/// <summary>Ledger lines entered the way the clerk enters them (so the item's own validation runs), with distinct ids.</summary>
internal sealed class LineFactory(ScoringScheme scheme, int branchId = LineFactory.DefaultBranchId)
{
    public const int DefaultBranchId = 10;
    public static readonly DateTimeOffset At = new(2025, 3, 20, 9, 0, 0, TimeSpan.FromHours(8));

    private long _nextId = 1;

    public ScoringScheme Scheme => scheme;

    public LedgerLine Draft(int memberId, string code, decimal amount, int quarter = 1,
        LedgerSource source = LedgerSource.ClerkEntry) =>
        Ids.Assign(LedgerLine.Enter(memberId, branchId, scheme.Year, quarter, scheme.Item(code), amount,
            $"{code} entry", source, "clerk", At), _nextId++);

    public LedgerLine Confirmed(int memberId, string code, decimal amount, int quarter = 1)
    {
        var line = Draft(memberId, code, amount, quarter);
        line.Confirm("evaluation group", At);
        return line;
    }

    public LedgerLine Reversal(LedgerLine line, int quarter = 4) =>
        Ids.Assign(line.Reverse("objection upheld", "branch secretary", At.AddMonths(3), quarter), _nextId++);
}
