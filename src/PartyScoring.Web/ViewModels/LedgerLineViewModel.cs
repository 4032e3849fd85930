using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Schemes;

namespace PartyScoring.Web.ViewModels;

public sealed record LedgerLineViewModel(
    long Id,
    int Quarter,
    string ItemCode,
    string ItemName,
    ItemKind Kind,
    decimal Points,
    string Description,
    LedgerLineState State,
    LedgerSource Source,
    bool IsReversal);
