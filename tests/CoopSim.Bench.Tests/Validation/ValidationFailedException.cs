namespace CoopSim.Bench.Tests.Validation;

/// <summary>A generated world broke its closed form; the message is the world as files and the command to rerun it.</summary>
public sealed class ValidationFailedException(string message) : Exception(message);
