namespace PartyScoring.Domain.Quarters;

/// <summary>Who acts on a sheet. The web layer maps its roles onto these; the rules of who may do what live here.</summary>
public enum SheetActor
{
    Clerk = 1,
    EvaluationGroup = 2,
    Secretary = 3,
    TownshipOffice = 4,
    /// <summary>The application itself: opening and closing the notice window.</summary>
    System = 5,
}
