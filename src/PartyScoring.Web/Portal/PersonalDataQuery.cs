using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Web.Portal;

/// <summary>
/// Collects everything held about one member for their personal-data export. The member is found through the user's
/// scope and must pass <see cref="PersonalDataAccess.SeesInFull"/>; otherwise the answer is null (404), so another
/// member, another branch's staff or the office learn nothing. Every table that names the member is read here.
/// </summary>
public sealed class PersonalDataQuery(ScopedData data, PersonalDataAccess access, IMemberYearSummaries summaries,
    IHttpContextAccessor http, TimeProvider clock)
{
    public async Task<PersonalDataRecord?> RunAsync(int memberId, CancellationToken ct = default)
    {
        var member = await data.Members.AsNoTracking().Include(m => m.BranchHistory).Include(m => m.Exemptions).AsSplitQuery()
            .SingleOrDefaultAsync(m => m.Id == memberId, ct);
        if (member is null || !access.SeesInFull(member))
            return null;
        var db = data.Db;
        var orgIds = member.BranchHistory.Select(a => a.BranchId)
            .Append(member.BranchId).Concat(member.PartyGroupId is { } g ? [g] : []).Concat(member.OutflowBranchId is { } o ? [o] : [])
            .Distinct().ToList();
        // Every line is read once: the branches that scored them are named, their years are summarised.
        var lines = await db.LedgerLines.AsNoTracking().Where(l => l.MemberId == memberId)
            .Join(db.SchemeItems, l => l.SchemeItemId, i => i.Id, (l, i) => new { l, i.Code, i.Name })
            .ToListAsync(ct);
        orgIds.AddRange(lines.Select(x => x.l.BranchId).Distinct());
        var lineYears = lines.Select(x => x.l.Year).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(x => orgIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        string NameOf(int id) => names.GetValueOrDefault(id, "");

        var login = await db.Users.AsNoTracking().Where(u => u.MemberId == memberId).Select(u => u.UserName).FirstOrDefaultAsync(ct);
        var profile = new PersonalProfile(member.Id, member.Name, member.Gender, member.BirthDate, member.Phone, NameOf(member.BranchId),
            member.PartyGroupId is { } pg ? NameOf(pg) : null, member.Status, member.Category, member.JoinedOn,
            member.OutflowBranchId is { } ob ? NameOf(ob) : null, member.LeftOn, login);

        var ledger = lines.OrderBy(x => x.l.Year).ThenBy(x => x.l.Quarter).ThenBy(x => x.l.Id)
            .Select(x => new PersonalLedgerLine(x.l.Id, x.l.Year, x.l.Quarter, NameOf(x.l.BranchId), x.Code, x.Name, x.l.Points,
                x.l.Description, x.l.EvidenceNote, x.l.Source, x.l.State, x.l.EnteredBy, x.l.EnteredAt, x.l.DecidedBy, x.l.DecidedAt,
                x.l.DecisionReason, x.l.ReversesLineId, x.l.ReviewComment))
            .ToList();

        return new PersonalDataRecord(
            clock.GetUtcNow(), http.HttpContext?.User.Identity?.Name ?? "", profile,
            member.BranchHistory.OrderBy(a => a.From).Select(a => new PersonalBranchPeriod(NameOf(a.BranchId), a.From, a.To)).ToList(),
            member.Exemptions.OrderBy(e => e.Year).Select(e => new PersonalExemption(e.Year, e.Reason, e.Note, e.State, e.AppliedOn,
                e.BranchApprovedOn, e.BranchApprovedBy, e.FiledOn, e.FiledBy)).ToList(),
            await summaries.ForMemberAsync(memberId, await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == member.BranchId, ct),
                lineYears.Append(clock.GetLocalNow().Year).Distinct().ToList(), ct),
            await RegisterEntriesAsync(memberId, ct),
            ledger,
            await ObjectionsAsync(memberId, ct),
            (await db.HalfYearTalks.AsNoTracking().Where(t => t.MemberId == memberId).ToListAsync(ct))
                .OrderBy(t => t.TalkedOn).Select(t => new PersonalTalk(t.Year, t.TalkedOn, t.TalkedBy, t.Summary, t.FollowUp)).ToList(),
            (await db.UnqualifiedHandlings.AsNoTracking().Include(h => h.Steps).Where(h => h.MemberId == memberId).ToListAsync(ct))
                .OrderBy(h => h.Year).Select(h => new PersonalHandling(h.Year, h.ClosedOn, h.Conclusion,
                    h.Steps.OrderBy(s => s.On).ThenBy(s => s.Id)
                        .Select(s => new PersonalHandlingStep(s.Kind, s.On, s.Text, s.Deadline, s.RecordedBy)).ToList())).ToList(),
            (await db.EvidenceFiles.AsNoTracking().Where(f => f.MemberId == memberId).ToListAsync(ct))
                .OrderBy(f => f.LedgerLineId).ThenBy(f => f.UploadedAt)
                .Select(f => new PersonalEvidenceFile(f.LedgerLineId, f.FileName, f.Kind, f.Size, f.UploadedBy, f.UploadedAt)).ToList());
    }

    private async Task<List<PersonalRegisterEntry>> RegisterEntriesAsync(int memberId, CancellationToken ct)
    {
        var db = data.Db;
        var entries = await db.Set<YearEndEntry>().AsNoTracking().Where(e => e.MemberId == memberId)
            .Join(db.YearEndRegisters, e => e.RegisterId, r => r.Id, (e, r) => new { e, r.Year, r.State })
            .ToListAsync(ct);
        var votes = await db.Set<YearEndVote>().AsNoTracking().Where(v => v.MemberId == memberId)
            .Join(db.YearEndRegisters, v => v.RegisterId, r => r.Id, (v, r) => new { v, r.Year })
            .ToListAsync(ct);
        return entries.OrderBy(x => x.Year).Select(x =>
        {
            var v = votes.FirstOrDefault(y => y.v.RegisterId == x.e.RegisterId)?.v;
            return new PersonalRegisterEntry(x.Year, x.State, x.e.Section, x.e.Base, x.e.Duty, x.e.Bonus, x.e.Deductions,
                x.e.EvaluationScore, x.e.Total, x.e.Vetoed, x.e.Rank, x.e.Grade, v?.Good, v?.Medium, v?.Poor, v?.Voters);
        }).ToList();
    }

    private async Task<List<PersonalObjection>> ObjectionsAsync(int memberId, CancellationToken ct)
    {
        var db = data.Db;
        var quarter = await db.Objections.AsNoTracking().Where(o => o.MemberId == memberId)
            .Join(db.LedgerLines, o => o.LedgerLineId, l => l.Id, (o, l) => new { o, l.Year, l.Quarter })
            .ToListAsync(ct);
        var annual = await db.YearEndObjections.AsNoTracking().Where(o => o.MemberId == memberId)
            .Join(db.YearEndRegisters, o => o.RegisterId, r => r.Id, (o, r) => new { o, r.Year })
            .ToListAsync(ct);
        return quarter.Select(x => new PersonalObjection(PersonalObjectionKind.Quarter, x.Year, x.Quarter, x.o.LedgerLineId, x.o.Reason,
                x.o.RaisedAt, x.o.State, x.o.Decision, x.o.DecidedBy, x.o.DecidedAt))
            .Concat(annual.Select(x => new PersonalObjection(PersonalObjectionKind.YearEnd, x.Year, null, null, x.o.Reason,
                x.o.RaisedAt, x.o.State, x.o.Decision, x.o.DecidedBy, x.o.DecidedAt)))
            .OrderBy(o => o.Year).ThenBy(o => o.Quarter ?? 5).ThenBy(o => o.RaisedAt.UtcTicks)
            .ToList();
    }
}
