using PartyScoring.Domain.Common;
using PartyScoring.Domain.Schemes;
using PartyScoring.Domain.Tests.Builders;

namespace PartyScoring.Domain.Tests.Schemes;

/// <summary>SPEC 3: what a township may put in its catalogue of items.</summary>
public class SchemeCatalogue
{
    [Fact]
    public void RefusesADutyItemWorthMoreThanTheDutyCap()
    {
        // Seed 000 一(二): each branch defines its duty items within the township's 20.
        var act = () => TestSchemes.Township000().AddItem(new ItemDefinition("D09", "Too big", ItemKind.Duty, 1, 25, BranchId: 9));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("scheme.item.dutycap");
    }

    [Fact]
    public void LetsTwoBranchesUseTheSameDutyCode()
    {
        var scheme = TestSchemes.Township000();

        scheme.AddItem(new ItemDefinition("D09", "Branch 9 duty", ItemKind.Duty, 1, 5, BranchId: 9));
        scheme.AddItem(new ItemDefinition("D09", "Branch 41 duty", ItemKind.Duty, 1, 5, BranchId: 41));

        scheme.ItemsForBranch(9).Should().Contain(i => i.Name == "Branch 9 duty").And.NotContain(i => i.Name == "Branch 41 duty");
    }

    [Fact]
    public void RefusesADuplicateCode()
    {
        var act = () => TestSchemes.Township000().AddItem(new ItemDefinition("B01", "Again", ItemKind.Bonus, 2, 2));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("scheme.item.duplicate");
    }

    [Fact]
    public void RefusesBaseItemsInAStartFullScheme()
    {
        // Seed 000: the base is given in full, not earned item by item.
        var act = () => TestSchemes.Township000().AddItem(new ItemDefinition("S1", "Earned", ItemKind.Base, 1, 5, CategoryCode: "C1"));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("scheme.item.base");
    }

    [Fact]
    public void RefusesAnAnnualCapBelowOneEntry()
    {
        var act = () => TestSchemes.Township000().AddItem(new ItemDefinition("B09", "Capped", ItemKind.Bonus, 4, 4, AnnualCap: 2));

        act.Should().Throw<DomainException>().Which.Code.Should().Be("scheme.item.cap");
    }

    [Fact]
    public void RefusesAQuotaAboveTheWholeBranch()
    {
        var scheme = TestSchemes.Township000();

        var act = () => scheme.UpdateRules(scheme.Rules with { ExcellentQuota = 1.2m });

        act.Should().Throw<DomainException>().Which.Code.Should().Be("scheme.quota");
        scheme.ExcellentQuota.Should().Be(0.3m);
    }
}
