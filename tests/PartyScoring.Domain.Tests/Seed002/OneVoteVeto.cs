using PartyScoring.Domain.Common;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Seed002;

/// <summary>Seed 002 四(一): 一票否决事项 — any veto makes the member 不合格 whatever the points.</summary>
public class OneVoteVeto
{
    [Fact]
    public void MakesAMemberAtNinetyFiveUnqualified()
    {
        // 80 + 10 + 5 = 95 would be 优秀 (≥ 90), but V01 违纪违法 vetoes it.
        var result = new BranchYearBuilder(TestSchemes.District002())
            .Member("Zhao", ("B01", 10), ("B02", 5), ("V01", 0))
            .Compute();

        var zhao = result.Of("Zhao");
        zhao.Points.Total.Should().Be(95);
        zhao.Points.Vetoed.Should().BeTrue();
        zhao.Grade.Should().Be(Grade.Unqualified);
        zhao.Notes.Should().Contain(new ComputationNote(ComputationNoteKind.Vetoed, "V01"));
    }

    [Fact]
    public void NoLongerVetoesOnceTheVetoLineIsReversed()
    {
        // SPEC 4: a correction is a reversing line; the veto it cancels no longer counts.
        var result = new BranchYearBuilder(TestSchemes.District002())
            .Member("Zhao", ("B01", 10), ("B02", 5), ("V01", 0))
            .Reverse("Zhao", "V01")
            .Compute();

        result.Of("Zhao").Points.Vetoed.Should().BeFalse();
        result.Of("Zhao").Grade.Should().Be(Grade.Excellent);
        result.Of("Zhao").NoteKinds().Should().NotContain(ComputationNoteKind.Vetoed);
    }

    [Fact]
    public void StillVetoesWhenOnlyOneOfTwoVetoLinesIsReversed()
    {
        // 一票否决: one remaining veto (V02 不在组织) is enough.
        var result = new BranchYearBuilder(TestSchemes.District002())
            .Member("Zhao", ("V02", 0), ("V01", 0))
            .Reverse("Zhao", "V01")
            .Compute();

        result.Of("Zhao").Grade.Should().Be(Grade.Unqualified);
        result.Of("Zhao").Notes.Should().ContainSingle(n => n.Kind == ComputationNoteKind.Vetoed)
            .Which.Subject.Should().Be("V02");
    }

    [Fact]
    public void TakesNoQuotaPlaceAndRanksAfterEveryoneElse()
    {
        // With a 30 % quota on 10 members there are 3 places; the vetoed 95 must not use one of them.
        var result = new BranchYearBuilder(TestSchemes.District002(r => r with { ExcellentQuota = 0.3m }))
            .Member("Vetoed", ("B01", 10), ("B02", 5), ("V05", 0))
            .MemberScoring("A", 93).MemberScoring("B", 92).MemberScoring("C", 91)
            .MembersScoring(6, 70)
            .Compute();

        new[] { "A", "B", "C" }.Select(n => result.Of(n).Grade).Should().OnlyContain(g => g == Grade.Excellent);
        result.Of("Vetoed").Grade.Should().Be(Grade.Unqualified);
        result.Of("Vetoed").Rank.Should().Be(10);
        result.Graded[^1].Member.Name.Should().Be("Vetoed");
    }

    [Fact]
    public void CreatesNoTieAtTheQuotaBoundary()
    {
        // A vetoed member level with the last place-holder is not a rival for it: no tie, no place lost.
        var result = new BranchYearBuilder(TestSchemes.District002(r => r with { ExcellentQuota = 0.3m }))
            .Member("Vetoed", ("B01", 10), ("B02", 1), ("V05", 0))
            .MemberScoring("A", 93).MemberScoring("B", 92).MemberScoring("C", 91)
            .MembersScoring(6, 70)
            .Compute();

        result.Of("Vetoed").Points.Total.Should().Be(91);
        result.Of("C").Grade.Should().Be(Grade.Excellent);
        result.Of("C").Notes.Should().BeEmpty();
    }

    [Fact]
    public void RejectsAVetoEntryThatCarriesPoints()
    {
        // A veto item carries no points; it only forces the grade.
        var lines = new LineFactory(TestSchemes.District002());

        var act = () => lines.Draft(memberId: 1, "V01", 5);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.points.veto");
    }
}
