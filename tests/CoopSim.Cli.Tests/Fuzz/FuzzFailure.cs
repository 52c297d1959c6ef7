namespace CoopSim.Cli.Tests.Fuzz;

/// <summary>A fuzz case broke a rule; the message names the case so that it can be replayed.</summary>
public sealed class FuzzFailure(string message) : Exception(message);
