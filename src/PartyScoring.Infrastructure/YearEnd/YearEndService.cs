using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Infrastructure.YearEnd;

/// <summary>A vote row as typed: kept as text so a bad entry is shown back as typed.</summary>
public sealed record VoteInput(int MemberId, string? Good, string? Medium, string? Poor, string? Voters);

/// <summary>
/// Moves year-end registers through SPEC 6. Registers are found through <see cref="ScopedData"/> (out of scope = not
/// found); every step is one SaveChanges (audited); a stale stamp is a conflict; on anything but Ok nothing is written.
/// </summary>
public sealed class YearEndService(ScopedData data, YearPointsService points, TimeProvider clock)
{
    public async Task<YearEndRegister?> FindAsync(int registerId, CancellationToken ct = default)
    {
        var branches = data.Organisations.Select(o => o.Id);
        return await data.Db.YearEndRegisters.Include(r => r.Transitions).Include(r => r.Entries).Include(r => r.Votes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == registerId && branches.Contains(r.BranchId), ct);
    }

    /// <summary>The branch's register for the year, started as a draft when it does not exist yet.</summary>
    /// <summary>Reads only: whether the branch is in scope and its register's id for the year, if one was started (issue 20 §5).</summary>
    public async Task<(bool BranchFound, int? RegisterId)> FindForYearAsync(int branchId, int year, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100 || !await data.Organisations.AnyAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch, ct))
            return (false, null);
        return (true, await data.Db.YearEndRegisters.Where(r => r.BranchId == branchId && r.Year == year).Select(r => (int?)r.Id).SingleOrDefaultAsync(ct));
    }

    public async Task<YearEndRegister?> FindOrStartAsync(int branchId, int year, CancellationToken ct = default)
    {
        if (!ReportingYear.IsValid(year))
            return null;
        var branch = await data.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch, ct);
        if (branch is null)
            return null;
        var existing = await data.Db.YearEndRegisters.Where(r => r.BranchId == branchId && r.Year == year).Select(r => r.Id).SingleOrDefaultAsync(ct);
        if (existing != 0)
            return await FindAsync(existing, ct);
        var register = new YearEndRegister(branchId, year);
        data.Db.YearEndRegisters.Add(register);
        try
        {
            await data.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            data.Db.ChangeTracker.Clear();
            var theirs = await data.Db.YearEndRegisters.SingleAsync(r => r.BranchId == branchId && r.Year == year, ct);
            return await FindAsync(theirs.Id, ct);
        }
        return register;
    }

    /// <summary>The evaluation group's votes for the whole branch; all rows valid or nothing is written.</summary>
    public async Task<ServiceResult> RecordVotesAsync(int registerId, Guid stamp, IReadOnlyList<VoteInput> rows,
        IReadOnlyList<SheetActor> actors, CancellationToken ct = default)
    {
        var register = await FindAsync(registerId, ct);
        if (register is null)
            return ServiceResult.NotFound;
        if (!actors.Contains(SheetActor.EvaluationGroup))
            return ServiceResult.Forbidden;
        if (register.ConcurrencyStamp != stamp)
            return ServiceResult.Conflict;
        var errors = new Dictionary<string, string>();
        var onList = await MemberIdsAsync(register, ct);
        foreach (var row in rows.Where(r => !IsBlank(r)))
        {
            if (!onList.Contains(row.MemberId))
                return ServiceResult.NotFound;
            if (!(int.TryParse(row.Good, out var good) & int.TryParse(row.Medium, out var medium)
                  & int.TryParse(row.Poor, out var poor) & int.TryParse(row.Voters, out var voters)))
            {
                errors[row.MemberId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = "votes.number";
                continue;
            }
            try
            {
                register.RecordVotes(SheetActor.EvaluationGroup, row.MemberId, new EvaluationVotes(good, medium, poor, voters));
            }
            catch (DomainException e)
            {
                errors[row.MemberId.ToString(System.Globalization.CultureInfo.InvariantCulture)] = e.Code;
            }
        }
        if (errors.Count > 0)
        {
            data.Db.ChangeTracker.Clear();
            return ServiceResult.Invalid(errors);
        }
        data.Db.Entry(register).Property(r => r.ConcurrencyStamp).OriginalValue = stamp;
        return await data.Db.SaveOrConflictAsync(ct);
    }

    public async Task<ServiceResult> TransitionAsync(int registerId, YearEndAction action, Guid stamp, string? comment,
        IReadOnlyList<SheetActor> actors, string by, CancellationToken ct = default)
    {
        var register = await FindAsync(registerId, ct);
        if (register is null)
            return ServiceResult.NotFound;
        if (YearEndRules.ActorFor(action) is not { } a || !actors.Contains(a))
            return ServiceResult.Forbidden;
        if (register.ConcurrencyStamp != stamp)
            return ServiceResult.Conflict;
        data.Db.Entry(register).Property(r => r.ConcurrencyStamp).OriginalValue = stamp;
        var now = clock.GetUtcNow();
        try
        {
            switch (action)
            {
                case YearEndAction.OpenNotice:
                    var year = await ComputeAsync(register, ct);
                    if (year is null)
                        return ServiceResult.Invalid("Comment", "sheet.scheme.missing");
                    register.OpenNotice(a, by, now, year.Value.Result.Result, year.Value.Result.Scheme.NoticeDays, year.Value.Probationary);
                    break;
                case YearEndAction.Submit:
                    var open = await data.Db.YearEndObjections.CountAsync(o => o.RegisterId == register.Id && o.State == ObjectionState.Open, ct);
                    register.Submit(a, by, now, open);
                    break;
                case YearEndAction.Return: register.Return(a, by, now, comment ?? string.Empty); break;
                case YearEndAction.Approve: register.Approve(a, by, now, comment); break;
            }
        }
        catch (DomainException e)
        {
            data.Db.ChangeTracker.Clear();
            return ServiceResult.Invalid("Comment", e.Code);
        }
        return await data.Db.SaveOrConflictAsync(ct);
    }

    /// <summary>A member objects to their own result during the window.</summary>
    public async Task<ServiceResult> ObjectAsync(int registerId, int memberId, string? reason, string by, CancellationToken ct = default)
    {
        var register = await FindAsync(registerId, ct);
        if (register is null || register.Entries.All(e => e.MemberId != memberId))
            return ServiceResult.NotFound;
        try
        {
            var objection = YearEndObjection.Raise(register, memberId, reason ?? string.Empty, by, clock.GetUtcNow());
            // A double click sends the same objection twice: the second finds it open already.
            if (await data.Db.YearEndObjections.AnyAsync(o => o.RegisterId == register.Id && o.MemberId == memberId
                                                             && o.State == ObjectionState.Open && o.Reason == objection.Reason, ct))
                return ServiceResult.Ok;
            data.Db.YearEndObjections.Add(objection);
        }
        catch (DomainException e)
        {
            return ServiceResult.Invalid("Reason", e.Code);
        }
        return await data.Db.SaveOrConflictAsync(ct);
    }

    /// <summary>
    /// The secretary decides: rejected with a reason, or upheld (optionally with corrected votes); an upheld
    /// objection recomputes the snapshot from the ledger (correcting lines included) and the votes.
    /// </summary>
    public async Task<ServiceResult> DecideAsync(long objectionId, bool uphold, string? decision, VoteInput? corrected,
        IReadOnlyList<SheetActor> actors, string by, CancellationToken ct = default)
    {
        var objection = await data.Db.YearEndObjections.SingleOrDefaultAsync(o => o.Id == objectionId, ct);
        var register = objection is null ? null : await FindAsync(objection.RegisterId, ct);
        if (objection is null || register is null)
            return ServiceResult.NotFound;
        if (!actors.Contains(SheetActor.Secretary))
            return ServiceResult.Forbidden;
        var now = clock.GetUtcNow();
        try
        {
            objection.Decide(SheetActor.Secretary, uphold, decision ?? string.Empty, by, now);
            if (uphold)
            {
                if (corrected is not null && !IsBlank(corrected))
                {
                    if (!(int.TryParse(corrected.Good, out var g) & int.TryParse(corrected.Medium, out var m)
                          & int.TryParse(corrected.Poor, out var p) & int.TryParse(corrected.Voters, out var v)))
                        throw new DomainException("votes.number", "votes are whole numbers");
                    register.CorrectVotes(SheetActor.Secretary, objection.MemberId, new EvaluationVotes(g, m, p, v));
                }
                var year = await ComputeAsync(register, ct)
                           ?? throw new DomainException("sheet.scheme.missing", "no scheme");
                register.Recompute(by, now, year.Result.Result, year.Probationary, decision ?? string.Empty);
            }
        }
        catch (DomainException e)
        {
            data.Db.ChangeTracker.Clear();
            return ServiceResult.Invalid("Decision", e.Code);
        }
        return await data.Db.SaveOrConflictAsync(ct);
    }

    private async Task<(BranchYear Result, IReadOnlySet<int> Probationary)?> ComputeAsync(YearEndRegister register, CancellationToken ct)
    {
        var year = await points.ForYearEndAsync(register.BranchId, register.Year, register.VotesByMember(), ct: ct);
        if (year is null)
            return null;
        var ids = year.Everyone.Select(r => r.Member.Id).ToList();
        var probationary = await data.Db.Members.Where(m => ids.Contains(m.Id) && m.Status == MembershipStatus.Probationary)
            .Select(m => m.Id).ToListAsync(ct);
        return (year, probationary.ToHashSet());
    }

    private async Task<HashSet<int>> MemberIdsAsync(YearEndRegister register, CancellationToken ct)
    {
        return (await data.Db.Members.Where(m => m.BranchId == register.BranchId).Where(Member.CountsIn(register.Year))
            .Select(m => m.Id).ToListAsync(ct)).ToHashSet();
    }

    private static bool IsBlank(VoteInput r) =>
        string.IsNullOrWhiteSpace(r.Good) && string.IsNullOrWhiteSpace(r.Medium) && string.IsNullOrWhiteSpace(r.Poor) && string.IsNullOrWhiteSpace(r.Voters);

}
