using Microsoft.EntityFrameworkCore;
using PartyScoring.Domain.Common;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Quarters;
using PartyScoring.Domain.YearEnd;
using PartyScoring.Infrastructure.Quarters;
using PartyScoring.Infrastructure.Scoping;
using PartyScoring.Infrastructure.Scoring;

namespace PartyScoring.Infrastructure.YearEnd;

public sealed record TalkCandidate(int MemberId, string Name, decimal HalfYearTotal, IReadOnlyList<HalfYearTalk> Talks);

/// <summary>A branch's half-year talk list: null list while its Q2 sheet is not final yet.</summary>
public sealed record TalkList(Organisation Branch, int Year, bool SecondQuarterFinal, decimal? Threshold, IReadOnlyList<TalkCandidate> Candidates)
{
    public int Pending => Candidates.Count(c => c.Talks.Count == 0);
}

public sealed record TalkInput(int MemberId, DateOnly? TalkedOn, string? TalkedBy, string? Summary, string? FollowUp);

/// <summary>半年一谈话 (seed 000): the list once Q2 is final (Q1+Q2 confirmed, the scheme's threshold), and the talks held.</summary>
public sealed class TalkService(ScopedData data, YearPointsService points, TimeProvider clock)
{
    public async Task<TalkList?> ListAsync(int branchId, int year, CancellationToken ct = default)
    {
        var branch = await data.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == branchId && o.Kind == OrganisationKind.Branch, ct);
        if (branch is null || !ReportingYear.IsValid(year))
            return null;
        var final = await data.Db.QuarterSheets.AnyAsync(s => s.BranchId == branchId && s.Year == year && s.Quarter == 2
                                                               && s.State == SheetState.Final, ct);
        if (!final)
            return new TalkList(branch, year, false, null, []);
        var half = await points.ForYearEndAsync(branchId, year, null, throughQuarter: 2, ct: ct);
        if (half is null)
            return new TalkList(branch, year, true, null, []);
        // The talk list concerns the members graded with the branch; exempt members and activists are not on it.
        var graded = half.Result.Graded.Select(r => (r.Member.Id, r.Points.Total)).ToList();
        var ids = TalkCandidates.Select(graded, half.Scheme.TalkThreshold, null);
        var talks = await data.Db.HalfYearTalks.AsNoTracking().Where(t => t.BranchId == branchId && t.Year == year).ToListAsync(ct);
        var byMember = talks.ToLookup(t => t.MemberId);
        var names = half.Result.Graded.ToDictionary(r => r.Member.Id);
        return new TalkList(branch, year, true, half.Scheme.TalkThreshold,
            ids.Select(id => new TalkCandidate(id, names[id].Member.Name, names[id].Points.Total,
                byMember[id].OrderBy(t => t.TalkedOn).ToList())).ToList());
    }

    public async Task<ServiceResult> RecordAsync(int branchId, int year, TalkInput input, IReadOnlyList<SheetActor> actors, CancellationToken ct = default)
    {
        var list = await ListAsync(branchId, year, ct);
        if (list is null || (list.Candidates.All(c => c.MemberId != input.MemberId)))
            return ServiceResult.NotFound;
        if (!actors.Contains(SheetActor.Secretary))
            return ServiceResult.Forbidden;
        if (input.TalkedOn is not { } on)
            return ServiceResult.Invalid("TalkedOn", "talk.date");
        try
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var talk = new HalfYearTalk(input.MemberId, branchId, year, on, input.TalkedBy ?? string.Empty,
                input.Summary ?? string.Empty, input.FollowUp, today);
            // A double click sends the same talk twice: the second finds it recorded already.
            var held = list.Candidates.Single(c => c.MemberId == input.MemberId).Talks;
            if (held.Any(t => t.TalkedOn == talk.TalkedOn && t.TalkedBy == talk.TalkedBy && t.Summary == talk.Summary && t.FollowUp == talk.FollowUp))
                return ServiceResult.Ok;
            data.Db.HalfYearTalks.Add(talk);
        }
        catch (DomainException e)
        {
            var field = e.Code switch { "talk.by" => "TalkedBy", "talk.summary" => "Summary", "talk.followUp" => "FollowUp", _ => "TalkedOn" };
            return ServiceResult.Invalid(field, e.Code);
        }
        await data.Db.SaveChangesAsync(ct);
        return ServiceResult.Ok;
    }
}
