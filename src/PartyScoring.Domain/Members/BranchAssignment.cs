namespace PartyScoring.Domain.Members;

/// <summary>
/// One period a member belonged to a branch. Transfers close the open period and open a new one,
/// so the history is never lost (SPEC 2: each quarter's points belong to the branch that scored them).
/// </summary>
public class BranchAssignment
{
    private BranchAssignment() { }

    internal BranchAssignment(int branchId, DateOnly from)
    {
        BranchId = branchId;
        From = from;
    }

    public int Id { get; private set; }
    public int MemberId { get; private set; }
    public int BranchId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }

    internal void Close(DateOnly on) => To = on;
}
