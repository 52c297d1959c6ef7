using CoopSim.Simulation.Fold;
using Orleans;

namespace CoopSim.Simulation.Distributed;

/// <summary>An agency's answer to one <see cref="AgencyWork"/>: the window's outcome for a step, the report for a report request.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.agency-answer")]
public readonly record struct AgencyAnswer(int Lane, WindowOutcome? Outcome, AgencyReport? Report);
