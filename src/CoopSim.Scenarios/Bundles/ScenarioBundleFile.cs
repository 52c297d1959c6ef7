namespace CoopSim.Scenarios.Bundles;

/// <summary>One file of a scenario bundle: its path relative to the bundle's root ('/'-separated) and its bytes.</summary>
public sealed record ScenarioBundleFile(string RelativePath, byte[] Content);
