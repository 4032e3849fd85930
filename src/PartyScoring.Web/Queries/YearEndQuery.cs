using PartyScoring.Domain.Members;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Infrastructure.YearEnd;
using PartyScoring.Web.ViewModels;

namespace PartyScoring.Web.Queries;

/// <summary>Reads year-end registers, talk lists and notices for the pages, always through the user's scope.</summary>
public sealed class YearEndQuery(ScopedData data, YearEndService registers, TalkService talks, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<YearEndOverviewViewModel> OverviewAsync(int year, CancellationToken ct = default)
    {
        var branches = await data.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Branch).OrderBy(o => o.Id).ToListAsync(ct);
        var ids = branches.Select(b => b.Id).ToList();
        var states = await data.Db.YearEndRegisters.AsNoTracking().Where(r => r.Year == year && ids.Contains(r.BranchId))
            .Select(r => new { r.Id, r.BranchId, r.State }).ToListAsync(ct);
        var rows = new List<YearEndOverviewRow>();
        foreach (var branch in branches)
        {
            var register = states.SingleOrDefault(s => s.BranchId == branch.Id);
            var deadline = await DeadlineAsync(branch, year, ct);
            var list = await talks.ListAsync(branch.Id, year, ct);
            rows.Add(new YearEndOverviewRow(branch.Id, branch.Name, register?.Id, register?.State, deadline,
                YearEndRegister.IsOverdueIn(register?.State, deadline, Today), list?.SecondQuarterFinal, list?.Pending ?? 0));
        }
        return new YearEndOverviewViewModel(year, rows);
    }

    public async Task<DateOnly> DeadlineAsync(Organisation branch, int year, CancellationToken ct)
    {
        var scheme = await SchemeLookup.CurrentAsync(data.Db, SchemeLookup.TownshipIdOf(branch), year, ct);
        return (scheme?.YearEndDeadline ?? Domain.Schemes.YearEndDeadline.Seed000).For(year);
    }

    public async Task<YearEndRegisterViewModel?> RegisterAsync(int id, IReadOnlyList<SheetActor> actors,
        IReadOnlyList<VoteInput>? typed = null, IReadOnlyDictionary<string, string>? voteErrors = null, CancellationToken ct = default)
    {
        var register = await registers.FindAsync(id, ct);
        if (register is null)
            return null;
        var branch = await data.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == register.BranchId, ct);
        var deadline = await DeadlineAsync(branch, register.Year, ct);
        var members = await data.Db.Members.AsNoTracking()
            .Where(m => m.BranchId == register.BranchId).Where(Member.CountsIn(register.Year))
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.Name }).ToListAsync(ct);
        var saved = register.Votes.ToDictionary(v => v.MemberId);
        var votes = members.Select(m =>
        {
            var t = typed?.SingleOrDefault(x => x.MemberId == m.Id);
            if (t is not null)
                return new VoteRowViewModel(m.Id, m.Name, t.Good, t.Medium, t.Poor, t.Voters, voteErrors?.GetValueOrDefault(m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return saved.TryGetValue(m.Id, out var v)
                ? new VoteRowViewModel(m.Id, m.Name, Num(v.Good), Num(v.Medium), Num(v.Poor), Num(v.Voters), null)
                : new VoteRowViewModel(m.Id, m.Name, null, null, null, null, null);
        }).ToList();
        var actions = new List<YearEndAction>();
        if (actors.Contains(SheetActor.Secretary) && register.State == YearEndState.Draft) actions.Add(YearEndAction.OpenNotice);
        if (actors.Contains(SheetActor.Secretary) && register.State == YearEndState.PublicNotice) actions.Add(YearEndAction.Submit);
        if (actors.Contains(SheetActor.TownshipOffice) && register.State == YearEndState.Submitted)
            actions.AddRange([YearEndAction.Approve, YearEndAction.Return]);
        return new YearEndRegisterViewModel(register.Id, branch.Id, branch.Name, register.Year, register.State, register.ConcurrencyStamp,
            register.NoticeClosesAt, register.SchemeId, register.SchemeVersion, deadline, register.IsOverdue(deadline, Today),
            register.Transitions.OrderBy(t => t.Id).Select(t => new YearEndTransitionViewModel(t.Action, t.From, t.To, t.By, t.At, t.Comment)).ToList(),
            Entries(register), actions, actors.Contains(SheetActor.EvaluationGroup) && register.State == YearEndState.Draft, votes,
            await ObjectionsAsync(register.Id, null, ct), actors.Contains(SheetActor.Secretary) && register.State == YearEndState.PublicNotice);
    }

    /// <summary>The annual notice: totals and grades only, for staff and the branch's members once the notice is open.</summary>
    public async Task<YearEndNoticeViewModel?> NoticeAsync(int id, CancellationToken ct = default)
    {
        var register = await registers.FindAsync(id, ct);
        if (register is null || register.State == YearEndState.Draft)
            return null;
        var branch = await data.Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == register.BranchId, ct);
        var own = data.Scope is { IsMemberOnly: true } s ? s.MemberId : null;
        return new YearEndNoticeViewModel(register.Id, branch.Name, register.Year, register.State, register.NoticeClosesAt,
            register.IsNoticeWindowOpen(clock.GetUtcNow()),
            Entries(register).Select(e => new NoticeEntryViewModel(e.MemberId, e.Name, e.Section, e.Total, e.Grade)).ToList(),
            own, own is { } m ? await ObjectionsAsync(register.Id, m, ct) : []);
    }

    public async Task<IReadOnlyList<YearEndOverviewRow>> NoticesAsync(CancellationToken ct = default)
    {
        var branches = data.Organisations.Select(o => o.Id);
        var rows = await (from r in data.Db.YearEndRegisters.AsNoTracking()
                          join o in data.Db.Organisations on r.BranchId equals o.Id
                          where branches.Contains(r.BranchId) && r.State != YearEndState.Draft
                          orderby r.Year descending, o.Id
                          select new { r.Id, r.BranchId, o.Name, r.State, r.Year }).ToListAsync(ct);
        return rows.Select(r => new YearEndOverviewRow(r.BranchId, r.Name, r.Id, r.State, new DateOnly(r.Year, 12, 31), false, null, 0)).ToList();
    }

    public async Task<TalksViewModel?> TalksAsync(int branchId, int year, IReadOnlyList<SheetActor> actors, CancellationToken ct = default)
    {
        var list = await talks.ListAsync(branchId, year, ct);
        return list is null ? null : new TalksViewModel(list.Branch.Id, list.Branch.Name, year, list.SecondQuarterFinal, list.Threshold,
            list.Candidates.Select(c => new TalkRowViewModel(c.MemberId, c.Name, c.HalfYearTotal, c.Talks)).ToList(),
            actors.Contains(SheetActor.Secretary));
    }

    private static List<YearEndEntryViewModel> Entries(YearEndRegister register) =>
        register.Entries.OrderBy(e => e.Section).ThenBy(e => e.Rank ?? int.MaxValue).ThenByDescending(e => e.Total).ThenBy(e => e.MemberId)
            .Select(e => new YearEndEntryViewModel(e.MemberId, e.Name, e.Section, e.Probationary, e.Base, e.Duty, e.Bonus, e.Deductions,
                e.EvaluationScore, e.Total, e.Vetoed, e.Rank, e.Grade)).ToList();

    private async Task<List<YearEndObjectionViewModel>> ObjectionsAsync(int registerId, int? memberId, CancellationToken ct) =>
        await (from o in data.Db.YearEndObjections.AsNoTracking()
               join m in data.Db.Members on o.MemberId equals m.Id
               where o.RegisterId == registerId && (memberId == null || o.MemberId == memberId)
               orderby o.Id
               select new YearEndObjectionViewModel(o.Id, o.MemberId, m.Name, o.Reason, o.RaisedAt, o.State, o.Decision)).ToListAsync(ct);

    private static string Num(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
