using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Infrastructure.YearEnd;

public sealed record HandlingInput(int MemberId, HandlingStepKind Kind, DateOnly? On, string? Text, DateOnly? Deadline);

/// <summary>The handling record of every 不合格 member (talk, rectification, organisational decision, follow-ups) until closed.</summary>
public sealed class HandlingService(ScopedData data, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<ServiceResult> RecordAsync(int branchId, int year, HandlingInput input, IReadOnlyList<SheetActor> actors, string by,
        CancellationToken ct = default)
    {
        if (!await IsUnqualifiedInScopeAsync(branchId, year, input.MemberId, ct))
            return ServiceResult.NotFound;
        if (!actors.Contains(SheetActor.Secretary))
            return ServiceResult.Forbidden;
        if (input.On is not { } on)
            return ServiceResult.Invalid("On", "handling.date");
        var handling = await data.Db.UnqualifiedHandlings.Include(h => h.Steps)
            .SingleOrDefaultAsync(h => h.MemberId == input.MemberId && h.Year == year, ct);
        if (handling is null)
        {
            handling = new UnqualifiedHandling(input.MemberId, branchId, year);
            data.Db.UnqualifiedHandlings.Add(handling);
        }
        try
        {
            handling.Record(input.Kind, on, input.Text ?? string.Empty, input.Deadline, by, Today);
        }
        catch (DomainException e)
        {
            data.Db.ChangeTracker.Clear();
            return ServiceResult.Invalid(e.Code == "handling.deadline" ? "Deadline" : "Text", e.Code);
        }
        return await SaveAsync(ct);
    }

    public async Task<ServiceResult> CloseAsync(int branchId, int year, int memberId, DateOnly? on, string? conclusion,
        IReadOnlyList<SheetActor> actors, CancellationToken ct = default)
    {
        if (!await IsUnqualifiedInScopeAsync(branchId, year, memberId, ct))
            return ServiceResult.NotFound;
        if (!actors.Contains(SheetActor.Secretary))
            return ServiceResult.Forbidden;
        var handling = await data.Db.UnqualifiedHandlings.Include(h => h.Steps).SingleOrDefaultAsync(h => h.MemberId == memberId && h.Year == year, ct);
        if (handling is null)
            return ServiceResult.Invalid("Conclusion", "handling.talkFirst");
        try
        {
            handling.Close(on ?? Today, conclusion ?? string.Empty, Today);
        }
        catch (DomainException e)
        {
            data.Db.ChangeTracker.Clear();
            return ServiceResult.Invalid("Conclusion", e.Code);
        }
        return await SaveAsync(ct);
    }

    /// <summary>The member is 不合格 on the branch's register of that year (in scope): snapshot or archive.</summary>
    private Task<bool> IsUnqualifiedInScopeAsync(int branchId, int year, int memberId, CancellationToken ct)
    {
        var branches = data.Organisations.Select(o => o.Id);
        return data.Db.YearEndRegisters.AnyAsync(r => r.BranchId == branchId && r.Year == year && branches.Contains(r.BranchId)
                                                      && r.Entries.Any(e => e.MemberId == memberId && e.Grade == Grade.Unqualified), ct);
    }

    private async Task<ServiceResult> SaveAsync(CancellationToken ct)
    {
        try
        {
            await data.Db.SaveChangesAsync(ct);
            return ServiceResult.Ok;
        }
        catch (DbUpdateException)
        {
            data.Db.ChangeTracker.Clear();
            return ServiceResult.Conflict;
        }
    }
}
