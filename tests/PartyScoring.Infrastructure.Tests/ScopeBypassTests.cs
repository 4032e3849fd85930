using System.Text.RegularExpressions;
using PartyScoring.Infrastructure.Scoping;

namespace PartyScoring.Infrastructure.Tests;

/// <summary>
/// Issue 12 §2: work that sees past the user's scope goes through one named bypass, and every use is listed here and in
/// docs/architecture.md. A new use fails this test until it is added to the list, so it is a decision someone made.
/// </summary>
public sealed partial class ScopeBypassTests
{
    /// <summary>Each use in the product (src/): file, reason.</summary>
    private static readonly (string File, ScopeBypass Reason)[] Listed =
    [
        ("src/PartyScoring.Infrastructure/Persistence/DatabaseInitializer.cs", ScopeBypass.Startup),
        ("src/PartyScoring.Infrastructure/Administration/InstallationSetup.cs", ScopeBypass.InstallationSetup),
        ("src/PartyScoring.Infrastructure/Identity/ScopedClaimsPrincipalFactory.cs", ScopeBypass.SignIn),
        ("src/PartyScoring.Infrastructure/Scoring/BranchYearBatch.cs", ScopeBypass.BranchYear),
        ("src/PartyScoring.Infrastructure/Scoring/CachedBranchYears.cs", ScopeBypass.BranchYear),
        ("src/PartyScoring.Infrastructure/Scoring/YearPointsService.cs", ScopeBypass.BranchYear),
        ("src/PartyScoring.Infrastructure/Scoring/YearPointsService.cs", ScopeBypass.BranchYear),
        ("src/PartyScoring.Infrastructure/Scoring/YearResults.cs", ScopeBypass.BranchYear),
        ("src/PartyScoring.Infrastructure/Scoring/YearResults.cs", ScopeBypass.BranchYear),
        ("src/PartyScoring.Web/Portal/PortalQuery.cs", ScopeBypass.ScoringBranch),
        ("src/PartyScoring.Web/Queries/QuarterQuery.cs", ScopeBypass.PublicNotice),
    ];

    [GeneratedRegex(@"SeeEverything\((?:Scoping\.)?ScopeBypass\.(\w+)\)")]
    private static partial Regex Use();

    [Fact]
    public void EveryUseOfTheBypassInTheProductIsListed()
    {
        var root = RepositoryRoot();
        var found = Sources(root)
            .SelectMany(file => Use().Matches(File.ReadAllText(file))
                .Select(m => (File: Path.GetRelativePath(root, file).Replace('\\', '/'), Reason: Enum.Parse<ScopeBypass>(m.Groups[1].Value))))
            .Order().ToList();

        found.Should().Equal(Listed.Order(), "a new bypass of the scope filters must be added to this list and to docs/architecture.md");
        found.Should().NotContain(u => u.Reason == ScopeBypass.Tooling, "tests and the benchmark only");
    }

    [Fact]
    public void NothingInTheProductSwitchesTheFiltersOffAnotherWay()
    {
        var root = RepositoryRoot();
        foreach (var file in Sources(root))
        {
            var text = File.ReadAllText(file);
            text.Should().NotContain("IgnoreQueryFilters", file);
            // a context built by hand has no DataScope and so no filters: only the design-time factory (tools/) does it
            text.Should().NotContain("new PartyScoringDbContext(", file);
        }
    }

    [Fact]
    public void TheArchitecturePageNamesEveryReason()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "architecture.md"));
        foreach (var reason in Enum.GetNames<ScopeBypass>())
            page.Should().Contain($"`{reason}`");
    }

    private static IEnumerable<string> Sources(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.EndsWith("DataScope.cs", StringComparison.Ordinal) && !f.EndsWith("ScopedData.cs", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartyScoring.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PartyScoring.sln not found above " + AppContext.BaseDirectory);
    }
}
