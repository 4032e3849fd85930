using PartyScoring.Domain.Ledger;

namespace PartyScoring.Web.ViewModels;

/// <summary>A member's declaration as staff decide it, or as the member follows it.</summary>
public sealed record DeclarationViewModel(long Id, string MemberName, string ItemName, decimal Points, string Description,
    string? Evidence, bool OfficeReview, LedgerLineState State, string? DecisionReason, int Year, int Quarter);

public sealed record DeclarationItemViewModel(int Id, string Label);

/// <summary>The member's declaration page: the form (with what they typed) and their declarations.</summary>
public sealed record DeclarationsPageViewModel(IReadOnlyList<DeclarationItemViewModel> Items, IReadOnlyList<DeclarationViewModel> Mine)
{
    public DeclarationForm Form { get; init; } = new();
    public string? Error { get; init; }
}

public sealed class DeclarationForm
{
    public int ItemId { get; set; }
    public string? Amount { get; set; }
    public string? Description { get; set; }
    public string? Evidence { get; set; }
    /// <summary>Optional evidence file (photo, PDF, short video).</summary>
    public IFormFile? EvidenceFile { get; set; }
}
