namespace CoopSim.Files;

/// <summary>
/// Where <c>--out</c> and <c>--trace jsonl:</c> write, by one rule: a regular file (or a new one) is replaced whole,
/// through a temporary file beside it moved into place on <see cref="Commit"/>; a symbolic link is followed and
/// its target replaced the same way (the link stays); a device, FIFO or <c>-</c> (stdout) is written directly as a
/// stream; a folder, an empty name or a place that cannot be written is an <see cref="OutputFileException"/>
/// from <see cref="Open"/>, so commands fail before any work starts. Disposing without committing deletes the
/// temporary file: a failed or stopped run leaves what the user had untouched.
/// </summary>
public sealed class OutputFile : IDisposable
{
    private readonly string? _temporary;
    private readonly string? _target;
    private bool _done;

    private OutputFile(Stream stream, string? temporary, string? target)
    {
        Stream = stream;
        _temporary = temporary;
        _target = target;
    }

    /// <summary>What to write to. Writers may close it; <see cref="Commit"/> closes it in any case.</summary>
    public Stream Stream { get; }

    /// <summary>True when the target is replaced through a temporary file (regular files), false for a stream.</summary>
    public bool IsReplacedWhole => _temporary is not null;

    public static OutputFile Open(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new OutputFileException("coopsim: error: the output file name is empty");
        if (path == "-") return new OutputFile(Console.OpenStandardOutput(), null, null);

        var target = Path.GetFullPath(path);
        if (FileKinds.OfLink(target) == FileKind.SymbolicLink)
        {
            try
            {
                target = File.ResolveLinkTarget(target, returnFinalTarget: true)?.FullName ?? target;
            }
            catch (IOException ex)
            {
                throw new OutputFileException($"{path}: error: cannot follow the link: {OneLine(ex.Message)}");
            }
        }

        var kind = FileKinds.Of(target);
        switch (kind)
        {
            case FileKind.Directory:
                throw new OutputFileException($"{path}: error: this is a folder; name a file to write");
            case FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Fifo or FileKind.Socket:
                return OpenStream(path, target, kind);
            default:
                return OpenReplacement(path, target);
        }
    }

    /// <summary>Completes the output: the temporary file takes the target's place.</summary>
    public void Commit()
    {
        if (_done) return;
        Stream.Dispose();
        if (_temporary is not null)
        {
            try
            {
                File.Move(_temporary, _target!, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Discard();
                throw new OutputFileException($"{_target}: error: cannot replace the file: {OneLine(ex.Message)}");
            }

            TemporaryFiles.Forget(_temporary);
        }

        _done = true;
    }

    public void Dispose()
    {
        if (_done) return;
        Discard();
    }

    private void Discard()
    {
        _done = true;
        Stream.Dispose();
        if (_temporary is null) return;
        try
        {
            File.Delete(_temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The folder became unwritable mid-run; the name (a dot, the pid, .tmp) says what the file was.
        }

        TemporaryFiles.Forget(_temporary);
    }

    private static OutputFile OpenStream(string path, string target, FileKind kind)
    {
        try
        {
            // Open, never create or truncate-and-replace: the device or FIFO itself must stay what it is.
            return new OutputFile(new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16), null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException($"{path}: error: cannot write to this {BoundedFileReader.Name(kind)}: {OneLine(ex.Message)}");
        }
    }

    private static OutputFile OpenReplacement(string path, string target)
    {
        var directory = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(directory)) throw new OutputFileException($"{path}: error: the folder {directory} does not exist");
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        FileStream stream;
        try
        {
            stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException($"{path}: error: cannot write here: {OneLine(ex.Message)}");
        }

        TemporaryFiles.Register(temporary);
        KeepPermissions(target, temporary);
        return new OutputFile(stream, temporary, target);
    }

    /// <summary>A replaced file keeps the permissions the user gave it.</summary>
    private static void KeepPermissions(string target, string temporary)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(target)) return;
        try
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The default mode is a fine fallback.
        }
    }

    private static string OneLine(string message) => message.Replace('\r', ' ').Replace('\n', ' ').Trim();
}
