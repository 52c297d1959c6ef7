using CoopSim.Model.Scenario;

namespace CoopSim.Studies.Expectations;

/// <summary>One <c>expect:</c> check measured: the value, its 95% interval, and whether the bound holds.</summary>
public sealed record ExpectationOutcome(Expectation Expectation, double Value, double Low, double High, bool Passed, string Unit);
