namespace CoopSim.Scenarios.Schema;

/// <summary>The three YAML file kinds an editor can complete: a world file, a scenario, an advise candidates file.</summary>
public enum SchemaKind
{
    World,
    Scenario,
    Candidates,
}
