using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Members;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Infrastructure.Demo;

/// <summary>
/// Year-end registers for the demo: last year walked through notice, submission and approval to Archived for every
/// branch (so the two-year flag and history have data), this year a Draft (the year is not over).
/// </summary>
internal static class DemoYearEnd
{
    public static async Task AddAsync(PartyScoringDbContext db, IReadOnlyList<Organisation> branches, ScoringScheme scheme, bool archive,
        CancellationToken ct)
    {
        var year = scheme.Year;
        foreach (var branch in branches)
        {
            var register = new YearEndRegister(branch.Id, year);
            if (archive)
            {
                var members = await db.Members.AsNoTracking().Include(m => m.Exemptions)
                    .Where(m => m.BranchId == branch.Id).Where(Member.CountsIn(year)).ToListAsync(ct);
                var ids = members.Select(m => m.Id).ToList();
                var totals = await db.LedgerLines.Where(l => ids.Contains(l.MemberId)).Counting(year, false).ItemTotals().ToListAsync(ct);
                var result = AnnualComputation.Compute(scheme, members.Select(m => ScoredMember.From(m, year)), totals);
                var probationary = members.Where(m => m.Status == MembershipStatus.Probationary).Select(m => m.Id).ToHashSet();
                var at = new DateTimeOffset(year, 12, 5, 8, 0, 0, TimeSpan.Zero);
                register.OpenNotice(SheetActor.Secretary, "secretary1", at, result, scheme.NoticeDays, probationary);
                register.Submit(SheetActor.Secretary, "secretary1", at.AddDays(scheme.NoticeDays), 0);
                register.Approve(SheetActor.TownshipOffice, "office", at.AddDays(scheme.NoticeDays + 2), null);
            }
            db.YearEndRegisters.Add(register);
        }
        await db.SaveChangesAsync(ct);
    }
}
