using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyScoring.Domain.Organisations;
using PartyScoring.Domain.Schemes;
using PartyScoring.Infrastructure.Persistence;
using PartyScoring.Infrastructure.Scoring;
using PartyScoring.Infrastructure.Tests.Support;

namespace PartyScoring.Infrastructure.Tests;

/// <summary>SPEC 3: every preset survives the database unchanged — Chinese names, half points, bands, versions.</summary>
public abstract class SchemePersistenceTests<TFixture>(TFixture fixture) where TFixture : InfrastructureFixture
{
    public static TheoryData<string, int> Presets => new()
    {
        { SchemePresets.Township000, 2031 },
        { SchemePresets.District002, 2032 },
        { SchemePresets.County003, 2033 },
        { SchemePresets.ScoreSheet004, 2034 },
    };

    [Theory]
    [MemberData(nameof(Presets))]
    public async Task PresetRoundTripsThroughTheDatabase(string preset, int year)
    {
        int townshipId;
        ScoringScheme original;
        await using (var scope = fixture.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
            townshipId = (await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Township)).Id;
            original = SchemePresets.Create(preset, townshipId, year);
            db.Schemes.Add(original);
            await db.SaveChangesAsync();
        }

        await using var read = fixture.NewScope();
        var loaded = await SchemeLookup.CurrentAsync(read.ServiceProvider.GetRequiredService<PartyScoringDbContext>(), townshipId, year);

        loaded.Should().NotBeNull();
        loaded!.Name.Should().Be(original.Name);
        loaded.Rules.Should().Be(original.Rules);
        loaded.Items.Select(i => (i.Code, i.Name, i.Kind, i.MinPoints, i.MaxPoints, i.AnnualCap, i.PerOccurrence, i.RequiresOfficeReview))
            .Should().BeEquivalentTo(original.Items.Select(i => (i.Code, i.Name, i.Kind, i.MinPoints, i.MaxPoints, i.AnnualCap, i.PerOccurrence, i.RequiresOfficeReview)));
        loaded.Bands.Select(b => (b.Grade, b.MinInclusive)).Should().BeEquivalentTo(original.Bands.Select(b => (b.Grade, b.MinInclusive)));
        loaded.Categories.Select(c => (c.Code, c.Name, c.MaxPoints)).Should().BeEquivalentTo(original.Categories.Select(c => (c.Code, c.Name, c.MaxPoints)));
    }

    [Fact]
    public async Task AnItemAddedToADraftSchemeIsSeenByTheNextComputation()
    {
        const int year = 2036;
        int townshipId;
        await using (var scope = fixture.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
            townshipId = (await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Township)).Id;
            db.Schemes.Add(SchemePresets.Create(SchemePresets.District002, townshipId, year));
            await db.SaveChangesAsync();
            (await SchemeLookup.CurrentAsync(db, townshipId, year))!.Items.Should().NotContain(i => i.Code == "B09");
        }

        await using (var edit = fixture.NewScope())
        {
            var db = edit.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
            var tracked = await db.Schemes.Include(s => s.Items).Include(s => s.Bands).Include(s => s.Categories)
                .SingleAsync(s => s.TownshipId == townshipId && s.Year == year);
            tracked.AddItem(new ItemDefinition("B09", "抗洪抢险突出表现", ItemKind.Bonus, 1, 5, PerOccurrence: true));
            await db.SaveChangesAsync();
        }

        await using var read = fixture.NewScope();
        var current = await SchemeLookup.CurrentAsync(read.ServiceProvider.GetRequiredService<PartyScoringDbContext>(), townshipId, year);
        current!.Items.Should().Contain(i => i.Code == "B09" && i.Name == "抗洪抢险突出表现");
    }

    [Fact]
    public async Task NewVersionOfAFrozenSchemeIsWhatComputationsUseAndRecordsItsReason()
    {
        const int year = 2035;
        int townshipId;
        await using (var scope = fixture.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyScoringDbContext>();
            townshipId = (await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Township)).Id;
            var first = SchemePresets.Create(SchemePresets.Township000, townshipId, year);
            first.Freeze(DateTimeOffset.UtcNow);
            db.Schemes.Add(first);
            await db.SaveChangesAsync();
            var second = first.CreateNextVersion("县委组织部通知：义工日加分上限调整");
            db.Schemes.Add(second);
            await db.SaveChangesAsync();
        }

        await using var read = fixture.NewScope();
        var current = await SchemeLookup.CurrentAsync(read.ServiceProvider.GetRequiredService<PartyScoringDbContext>(), townshipId, year);
        current!.Version.Should().Be(2);
        current.ChangeReason.Should().Be("县委组织部通知：义工日加分上限调整");
        current.PreviousVersionId.Should().NotBeNull();
    }
}

public sealed class SqliteSchemePersistenceTests(SqliteFixture f) : SchemePersistenceTests<SqliteFixture>(f), IClassFixture<SqliteFixture>;

public sealed class PostgreSqlSchemePersistenceTests(PostgreSqlFixture f) : SchemePersistenceTests<PostgreSqlFixture>(f), IClassFixture<PostgreSqlFixture>;
