namespace CoopSim.Cli;

/// <summary>
/// Writes an output file all at once: to a temporary file beside it, moved into place only when complete.
/// A failed or cancelled run leaves whatever the user already had untouched.
/// </summary>
public static class SafeFileWriter
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory)) throw new CliException($"{path}: error: the folder {directory} does not exist");
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = File.Create(temporary)) write(stream);
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
