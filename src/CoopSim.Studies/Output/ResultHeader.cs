using CoopSim.Studies.Answers;

namespace CoopSim.Studies.Output;

/// <summary>
/// What a result document says beside the run's figures: where it came from (<see cref="Provenance"/>) and the
/// figure the scenario's question asks for (<see cref="Answer"/>). Either may be missing (null in the JSON).
/// </summary>
public sealed record ResultHeader(ResultProvenance? Provenance, ScenarioAnswer? Answer)
{
    public static readonly ResultHeader None = new(null, null);
}
