namespace CoopSim.Telemetry;

/// <summary>A trace file that cannot be read, with where: <c>file(line,col): error: message</c>.</summary>
public sealed class TraceFileException(string message) : Exception(message);
