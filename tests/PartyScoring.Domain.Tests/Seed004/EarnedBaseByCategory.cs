using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Scoring;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Seed004;

/// <summary>
/// Seed 004 二: 思想政治表现 30, 组织纪律性 20, 工作业绩 30, 服务群众 20 — base earned per category,
/// each sub-item with its own maximum (e.g. 按时参加党的组织生活 5分).
/// </summary>
public class EarnedBaseByCategory
{
    [Fact]
    public void ShipsFourCategoriesOfThirtyTwentyThirtyTwentyMakingAHundred()
    {
        var scheme = TestSchemes.ScoreSheet004();

        scheme.BaseMode.Should().Be(BaseMode.EarnedByCategory);
        scheme.Categories.Select(c => c.MaxPoints).Should().Equal(30m, 20m, 30m, 20m);
        scheme.BasePoints.Should().Be(100);
    }

    [Fact]
    public void GivesAMemberWithNoLinesNoBaseAtAll()
    {
        // Unlike seed 000, nothing is given up front: a member earns every point.
        var result = new BranchYearBuilder(TestSchemes.ScoreSheet004()).Member("Wu").Compute();

        result.Of("Wu").Points.Base.Should().Be(0);
        result.Of("Wu").Grade.Should().Be(Grade.Unqualified);
    }

    [Fact]
    public void AddsWhatIsEarnedInEachCategory()
    {
        // 理论学习 8 + 组织生活 5 + 本职工作 9.5 + 志愿服务 3 = 25.5.
        var points = new BranchYearBuilder(TestSchemes.ScoreSheet004())
            .Member("Wu", ("S11", 8), ("S21", 5), ("S31", 9.5m), ("S41", 3))
            .Compute().Of("Wu").Points;

        points.Base.Should().Be(25.5m);
        points.Total.Should().Be(25.5m);
        points.Notes.Should().BeEmpty();
    }

    [Fact]
    public void CountsASubItemAboveItsAnnualMaximumAtTheMaximum()
    {
        // 按时参加党的组织生活 (5分): 3 + 3 entered, 5 counted.
        var points = new BranchYearBuilder(TestSchemes.ScoreSheet004())
            .Member("Wu", ("S21", 3), ("S21", 3))
            .Compute().Of("Wu").Points;

        points.Base.Should().Be(5);
        points.Notes.Should().ContainSingle().Which.Should().Be(new ComputationNote(ComputationNoteKind.ItemCapReached, "S21"));
    }

    [Fact]
    public void CountsACategoryAboveItsMaximumAtTheMaximum()
    {
        // A branch adds a fourth 思想政治表现 sub-item; the category still gives at most 30.
        var scheme = TestSchemes.ScoreSheet004();
        scheme.AddItem(new ItemDefinition("S14", "Branch-defined item", ItemKind.Base, 0.5m, 10, PerOccurrence: true,
            AnnualCap: 10, CategoryCode: "C1"));
        TestSchemes.WithIds(scheme);

        var points = new BranchYearBuilder(scheme)
            .Member("Wu", ("S11", 10), ("S12", 10), ("S13", 10), ("S14", 5), ("S21", 4))
            .Compute().Of("Wu").Points;

        points.Base.Should().Be(34);
        points.Notes.Should().ContainSingle().Which.Should().Be(new ComputationNote(ComputationNoteKind.CategoryCapReached, "C1"));
    }

    [Fact]
    public void AppliesItemCapsBeforeTheCategoryCap()
    {
        // S11 12 → 10 (item cap); C1 = 10 + 10 + 10 + 10 = 40 → 30 (category cap); both are noted.
        var scheme = TestSchemes.ScoreSheet004();
        scheme.AddItem(new ItemDefinition("S14", "Branch-defined item", ItemKind.Base, 0.5m, 10, PerOccurrence: true,
            AnnualCap: 10, CategoryCode: "C1"));
        TestSchemes.WithIds(scheme);

        var points = new BranchYearBuilder(scheme)
            .Member("Wu", ("S11", 6), ("S11", 6), ("S12", 10), ("S13", 10), ("S14", 10))
            .Compute().Of("Wu").Points;

        points.Base.Should().Be(30);
        points.Notes.Select(n => (n.Kind, n.Subject)).Should().BeEquivalentTo(new[]
        {
            (ComputationNoteKind.ItemCapReached, (string?)"S11"),
            (ComputationNoteKind.CategoryCapReached, (string?)"C1"),
        });
    }

    [Fact]
    public void ReachesOneHundredWithFullMarksEverywhere()
    {
        var result = new BranchYearBuilder(TestSchemes.ScoreSheet004()).MemberScoring("Wu", 100).Compute();

        result.Of("Wu").Points.Base.Should().Be(100);
        result.Of("Wu").Grade.Should().Be(Grade.Excellent);
    }
}
