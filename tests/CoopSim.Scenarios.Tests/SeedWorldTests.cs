using CoopSim.Model.World;
using CoopSim.Scenarios;
using CoopSim.Tests.Shared;

namespace CoopSim.Scenarios.Tests;

public sealed class SeedWorldTests
{
    private static readonly WorldModel World = WorldLoader.Load(RepoPaths.Seeds).Value!;

    [Fact]
    public void Load_SeedWorld_ValidatesClean()
    {
        var result = WorldLoader.Load(RepoPaths.Seeds);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("kr.knpa")]
    [InlineData("uz.mia")]
    [InlineData("uz.national-guard")]
    [InlineData("cn.mps")]
    [InlineData("hk.police")]
    [InlineData("vn.mps")]
    [InlineData("kr.knpa.vn-desk")]
    [InlineData("vn.mps.korea-desk")]
    [InlineData("tj.mia")]
    [InlineData("kg.mia")]
    [InlineData("int.interpol-gs")]
    [InlineData("int.caricc")]
    [InlineData("int.sco-rats")]
    [InlineData("int.cis-atc")]
    public void Load_SeedWorld_HasTheAgenciesOfTheArticles(string id) => Assert.NotNull(World.FindAgency(id));

    [Fact]
    public void Load_SeedWorld_EveryAgencyAgreementAndChannelHasASource()
    {
        var articles = SeedArticles();
        bool Traceable(string? source) => source is not null && (source.StartsWith("https://", StringComparison.Ordinal) || articles.Contains(source));
        Assert.All(World.Agencies, a => Assert.True(Traceable(a.Source), $"{a.Id}: source '{a.Source}'"));
        Assert.All(World.Channels, c => Assert.True(Traceable(c.Source), $"{c.Id}: source '{c.Source}'"));
        Assert.All(World.Agreements, a => Assert.True(Traceable(a.Source), $"{a.Id}: source '{a.Source}'"));
        Assert.All(World.Channels, c => Assert.False(string.IsNullOrEmpty(c.Latency.Basis), c.Id + " latency has no basis"));
    }

    [Fact]
    public void SeedArticles_ListedInSeedsSources_AreTheSharedArticles()
    {
        var listed = SeedArticles();
        Assert.Equal(5, listed.Count);

        // The articles themselves live beside the repository, which a bare clone may not have.
        var shared = Path.Combine(RepoPaths.Root, "..", "shared", "seed-articles");
        if (Directory.Exists(shared)) Assert.Equal(Directory.GetFiles(shared).Select(Path.GetFileName).Order(), listed.Order());
    }

    [Fact]
    public void SeedsSources_EveryArticle_IsCitedByTitlePublisherDateAndAddress()
    {
        // A clone has no ../shared folder: the citation itself must let a reader find the article.
        var rows = File.ReadLines(Path.Combine(RepoPaths.Seeds, "SOURCES.md")).Where(line => line.StartsWith("| 00", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, rows.Length);
        foreach (var row in rows)
        {
            var cells = row.Split('|', StringSplitOptions.TrimEntries)[1..^1];
            Assert.True(cells.Length == 6, row);
            Assert.All(cells, cell => Assert.False(string.IsNullOrWhiteSpace(cell), row));
            Assert.StartsWith("https://", cells[4]);
        }

        var docs = Directory.GetFiles(RepoPaths.Seeds).Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md")).Append(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.All(docs, doc => Assert.DoesNotContain("../shared", File.ReadAllText(doc)));
    }

    /// <summary>The article file names of the table in seeds/SOURCES.md.</summary>
    private static HashSet<string?> SeedArticles() => File.ReadLines(Path.Combine(RepoPaths.Seeds, "SOURCES.md"))
        .Where(line => line.StartsWith("| 00", StringComparison.Ordinal))
        .Select(line => (string?)line.Split('|', StringSplitOptions.TrimEntries)[1])
        .ToHashSet();

    [Fact]
    public void Load_SeedWorld_KoreaDeskIsBilingual()
    {
        var desk = World.FindChannel("kr-vn-desk")!;
        Assert.Equal(TranslationMode.Never, desk.Translation);
        Assert.Equal("kr-vn-desk-mou-2015", desk.Agreement);
        Assert.True(desk.TwoWay);
    }

    [Fact]
    public void Load_EveryScenario_ValidatesClean()
    {
        var files = Directory.GetFiles(RepoPaths.Scenarios, "*.yaml");
        Assert.True(files.Length >= 2);
        Assert.All(files, f => Assert.Empty(ScenarioLoader.Load(f).Diagnostics));
    }
}
