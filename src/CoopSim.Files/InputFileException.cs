namespace CoopSim.Files;

/// <summary>An input that cannot be read as a file; the message is one line, without the path.</summary>
public sealed class InputFileException(string message) : Exception(message);
