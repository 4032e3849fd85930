using PartyScoring.Domain.Common;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.YearEnd;

namespace PartyScoring.Domain.Tests.YearEnd;

/// <summary>SPEC 6 结果运用: a handling record for every 不合格 member, and the two-years-running flag (seed 004 四.2).</summary>
public class UnqualifiedMembers
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    [Fact]
    public void TwoUnqualifiedYearsInARowAreFlagged() =>
        ConsecutiveUnqualified.IsFlagged(new Dictionary<int, Grade?> { [2025] = Grade.Unqualified, [2026] = Grade.Unqualified }, 2026)
            .Should().BeTrue();

    [Theory]
    [InlineData(Grade.Qualified, Grade.Unqualified)]
    [InlineData(Grade.Unqualified, Grade.Qualified)]
    public void OneUnqualifiedYearIsNotFlagged(Grade before, Grade now) =>
        ConsecutiveUnqualified.IsFlagged(new Dictionary<int, Grade?> { [2025] = before, [2026] = now }, 2026).Should().BeFalse();

    [Fact]
    public void UnqualifiedYearsWithAGapAreNotFlagged() =>
        ConsecutiveUnqualified.IsFlagged(new Dictionary<int, Grade?> { [2024] = Grade.Unqualified, [2026] = Grade.Unqualified }, 2026)
            .Should().BeFalse();

    [Fact]
    public void HandlingStartsWithATalk()
    {
        var record = new UnqualifiedHandling(7, 1, 2026);

        var act = () => record.Record(HandlingStepKind.Rectification, new DateOnly(2027, 1, 20), "限期整改", new DateOnly(2027, 4, 20), "secretary1", Today);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("handling.talkFirst");
    }

    [Fact]
    public void RectificationNeedsALaterDeadlineAndBecomesOverdueAfterIt()
    {
        var record = new UnqualifiedHandling(7, 1, 2026);
        record.Record(HandlingStepKind.Talk, new DateOnly(2027, 1, 15), "书记谈话，指出问题", null, "secretary1", Today);

        var noDeadline = () => record.Record(HandlingStepKind.Rectification, new DateOnly(2027, 1, 20), "限期整改", null, "secretary1", Today);
        noDeadline.Should().Throw<DomainException>().Which.Code.Should().Be("handling.deadline");
        record.Record(HandlingStepKind.Rectification, new DateOnly(2027, 1, 20), "限期整改三个月", new DateOnly(2027, 2, 20), "secretary1", Today);

        record.IsOverdue(new DateOnly(2027, 2, 20)).Should().BeFalse();
        record.IsOverdue(new DateOnly(2027, 2, 21)).Should().BeTrue();
    }

    [Fact]
    public void ClosedRecordTakesNoMoreSteps()
    {
        var record = new UnqualifiedHandling(7, 1, 2026);
        record.Record(HandlingStepKind.Talk, new DateOnly(2027, 1, 15), "谈话", null, "secretary1", Today);
        record.Close(new DateOnly(2027, 2, 1), "整改到位，转为合格表现", Today);

        var act = () => record.Record(HandlingStepKind.FollowUp, new DateOnly(2027, 2, 2), "回访", null, "secretary1", Today);

        record.IsClosed.Should().BeTrue();
        record.IsOverdue(new DateOnly(2030, 1, 1)).Should().BeFalse();
        act.Should().Throw<DomainException>().Which.Code.Should().Be("handling.closed");
    }
}
