using PartyScoring.Domain.Ledger;

namespace PartyScoring.Domain.Scoring;

/// <summary>The part of a ledger line the computation needs; the caller decides which lines count.</summary>
public sealed record ScoredLine(long Id, int MemberId, int SchemeItemId, decimal Points, long? ReversesLineId = null)
{
    public static ScoredLine From(LedgerLine line) => new(line.Id, line.MemberId, line.SchemeItemId, line.Points, line.ReversesLineId);
}
