using CoopSim.Model.Scenario;

namespace CoopSim.Studies.Answers;

/// <summary>One value per replication of <see cref="Target"/>, taken while the run folded them (<see cref="AnswerProbe"/>).</summary>
public sealed record AnswerSamples(AnswerSpec Target, IReadOnlyList<double> Values);
