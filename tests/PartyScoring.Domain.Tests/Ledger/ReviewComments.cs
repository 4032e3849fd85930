using PartyScoring.Domain.Common;
using PartyScoring.Domain.Ledger;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Ledger;

/// <summary>SPEC 5(2) 初评: a draft line sent back carries the group's comment until the clerk changes it.</summary>
public class ReviewComments
{
    [Fact]
    public void ChangingASentBackLineClearsTheComment()
    {
        var scheme = SchemePresets.Create(SchemePresets.Township000, 1, 2026);
        var item = scheme.Items.First(i => i.Code == "K02");
        Ids.Assign(item, 7);
        var line = LedgerLine.Enter(1, 1, 2026, 1, item, 3, "工作出现错漏", LedgerSource.ClerkEntry, "clerk1", DateTimeOffset.UnixEpoch);

        line.SendBackForReview("请写明具体事项");
        line.ReviewComment.Should().Be("请写明具体事项");
        line.ChangeDraft(2, "五月报表错漏一处", item);

        line.ReviewComment.Should().BeNull();
    }

    [Fact]
    public void OnlyDraftLinesAreSentBack()
    {
        var scheme = SchemePresets.Create(SchemePresets.Township000, 1, 2026);
        var item = scheme.Items.First(i => i.Code == "K02");
        Ids.Assign(item, 7);
        var line = LedgerLine.Enter(1, 1, 2026, 1, item, 3, "工作出现错漏", LedgerSource.ClerkEntry, "clerk1", DateTimeOffset.UnixEpoch);
        line.Confirm("office", DateTimeOffset.UnixEpoch);

        FluentActions.Invoking(() => line.SendBackForReview("太晚了")).Should().Throw<DomainException>().Which.Code.Should().Be("ledger.immutable");
    }
}
