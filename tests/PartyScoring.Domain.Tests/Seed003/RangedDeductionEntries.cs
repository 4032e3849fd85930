using PartyScoring.Domain.Common;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Seed003;

/// <summary>Seed 003 二(二)①: 每发生一起视影响程度分别扣减 X—XX 分 — the preset's K01 takes 1–10 per entry.</summary>
public class RangedDeductionEntries
{
    private readonly LineFactory _lines = new(TestSchemes.County003());

    [Theory]
    [InlineData(0.5)]
    [InlineData(10.5)]
    public void RejectsAnAmountOutsideTheRange(double amount)
    {
        var act = () => _lines.Draft(memberId: 1, "K01", (decimal)amount);

        act.Should().Throw<DomainException>().Which.Code.Should().Be("ledger.points.range");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3.5)]
    [InlineData(10)]
    public void AcceptsAnAmountInTheRangeAsANegativeLine(double amount)
    {
        var line = _lines.Draft(memberId: 1, "K01", (decimal)amount);

        line.Points.Should().Be(-(decimal)amount);
        line.Amount.Should().Be((decimal)amount);
    }

    [Fact]
    public void SubtractsTheChosenAmountFromTheTotal()
    {
        var points = new BranchYearBuilder(TestSchemes.County003()).Member("Zhou", ("K01", 3.5m)).Compute().Of("Zhou").Points;

        points.Deductions.Should().Be(3.5m);
        points.Total.Should().Be(66.5m);
    }
}
