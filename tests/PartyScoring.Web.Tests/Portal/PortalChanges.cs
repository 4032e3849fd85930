using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Web.Tests.Support;

namespace PartyScoring.Web.Tests.Portal;

/// <summary>
/// Changes that move a member's figures, written straight to the database the way the services write them, and the
/// portal's total as the page shows it. Used to prove the portal's cache notices every kind of change at once.
/// </summary>
public static class PortalChanges
{
    private static int Year => DateTime.Now.Year;

    public static async Task<decimal> PortalTotalAsync(HttpClient member, int memberId)
    {
        var portal = await member.GetPageAsync($"/Portal/Index/{memberId}");
        return decimal.Parse(portal.QuerySelector("#portal-total")!.TextContent.Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>A deduction entered as a draft and confirmed (as a sheet's approval does); its id.</summary>
    public static async Task<long> ConfirmedDeductionAsync(PartyScoringDbContext db, int memberId, decimal amount)
    {
        var member = await db.Members.SingleAsync(m => m.Id == memberId);
        var item = await db.SchemeItems.Join(db.Schemes, i => i.SchemeId, s => s.Id, (i, s) => new { i, s })
            .Where(x => x.s.Year == Year && x.i.Code == "K01" && x.i.BranchId == null)
            .OrderByDescending(x => x.s.Version).Select(x => x.i).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var line = LedgerLine.Enter(memberId, member.BranchId, Year, (DateTime.Now.Month + 2) / 3, item, amount, "缓存测试扣分",
            LedgerSource.ClerkEntry, "clerk1", now);
        db.LedgerLines.Add(line);
        await db.SaveChangesAsync();
        line.Confirm("secretary1", now);
        await db.SaveChangesAsync();
        return line.Id;
    }

    /// <summary>The correcting line that cancels <paramref name="lineId"/>, confirmed at once.</summary>
    public static async Task ReverseAsync(PartyScoringDbContext db, long lineId)
    {
        var line = await db.LedgerLines.SingleAsync(l => l.Id == lineId);
        db.LedgerLines.Add(line.Reverse("缓存测试更正", "secretary1", DateTimeOffset.UtcNow, line.Quarter));
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The demo's scheme does not count votes; this year's newest version is switched to adding the evaluation to the total
    /// (好 10 / 中 5 / 差 0) with a new stamp, as a new version of the scheme would.
    /// </summary>
    public static Task CountVotesInTotalAsync(PartyScoringDbContext db) =>
        db.Schemes.Where(s => s.Year == Year).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.EvaluationMode, EvaluationMode.AddToTotal)
            .SetProperty(x => x.GoodVoteWeight, 10m)
            .SetProperty(x => x.MediumVoteWeight, 5m)
            .SetProperty(x => x.PoorVoteWeight, 0m)
            .SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid()));

    /// <summary>The evaluation group's votes for the member in this year's (draft) register.</summary>
    public static async Task VoteAsync(PartyScoringDbContext db, int memberId, EvaluationVotes votes)
    {
        var branchId = await db.Members.Where(m => m.Id == memberId).Select(m => m.BranchId).SingleAsync();
        var register = await db.YearEndRegisters.Include(r => r.Votes).SingleAsync(r => r.BranchId == branchId && r.Year == Year);
        register.RecordVotes(SheetActor.EvaluationGroup, memberId, votes);
        await db.SaveChangesAsync();
    }
}
