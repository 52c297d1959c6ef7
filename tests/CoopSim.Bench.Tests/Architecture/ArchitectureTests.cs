namespace CoopSim.Bench.Tests.Architecture;

/// <summary>The boundaries docs/architecture.md draws, checked on the source itself.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void ProjectReferences_Kernel_ReferencesOnlyTheModel() =>
        Assert.Equal(["CoopSim.Model"], SourceGraph.ProjectReferences("CoopSim.Simulation"));

    [Fact]
    public void ProjectReferences_EveryProject_FormOneWayGraphAndNothingReferencesTheCli()
    {
        var edges = SourceGraph.Projects().ToDictionary(p => p, p => SourceGraph.ProjectReferences(p).ToHashSet());
        Assert.Empty(SourceGraph.Cycles(edges));
        Assert.DoesNotContain(edges, e => e.Value.Contains("CoopSim.Cli"));
        Assert.DoesNotContain(edges, e => e.Key != "CoopSim.Cli" && e.Value.Contains("CoopSim.Bench"));
    }

    [Fact]
    public void NamespaceEdges_EveryProject_HaveNoCycle()
    {
        var cycles = SourceGraph.Projects().SelectMany(SourceGraph.NamespaceCyclesOf).ToArray();
        Assert.True(cycles.Length == 0, "namespace cycles: " + string.Join("; ", cycles));
    }

    [Fact]
    public void TestFiles_NamedForASourceType_SitInTheFolderThatMirrorsIt()
    {
        var misplaced = SourceGraph.MisplacedTestFiles().ToArray();
        Assert.True(misplaced.Length == 0, "test files outside the folder that mirrors their type: " + string.Join("; ", misplaced));
    }

    [Fact]
    public void PublicTypes_EveryProject_AreUsedByAnotherProject()
    {
        var needless = PublicSurface.NeedlesslyPublic(PublicSurface.ToolAssemblies()).ToArray();
        Assert.True(needless.Length == 0, "public types no other project uses (make them internal): " + string.Join("; ", needless));
    }

    [Fact]
    public void NeedlesslyPublic_KernelAlone_FindsTheTypesOnlyOtherProjectsUse()
    {
        // The check itself must be able to fail: with the kernel alone, nothing names its ordered fold (the Orleans engine does).
        var needless = PublicSurface.NeedlesslyPublic([typeof(CoopSim.Simulation.Engine.OrderedFold).Assembly]).ToArray();
        Assert.Contains("CoopSim.Simulation: CoopSim.Simulation.Engine.OrderedFold", needless);
    }

    [Fact]
    public void Cycles_TwoNamespacesNamingEachOther_AreFound()
    {
        // The check itself must be able to fail.
        var edges = new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"] };
        Assert.Equal([["A", "B", "C"]], SourceGraph.Cycles(edges));
    }

    [Fact]
    public void SourceFiles_Everywhere_CiteNoDocumentOutsideTheRepository()
    {
        var citing = Directory.EnumerateFiles(RepoPaths.Root, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
                && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)
                && !f.Contains("/node_modules/", StringComparison.Ordinal) && !f.EndsWith("ArchitectureTests.cs", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("DESIGN" + ".md", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f)).ToArray();
        Assert.Empty(citing);
    }
}
