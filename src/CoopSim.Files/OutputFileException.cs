namespace CoopSim.Files;

/// <summary>An output target that cannot be written; the message is the whole line to print (<c>PATH: error: …</c>).</summary>
public sealed class OutputFileException(string message) : Exception(message);
