using System.Text;

namespace CoopSim.Files;

/// <summary>
/// Reads a whole input file, refusing what is not a regular file (a device such as /dev/zero never ends,
/// a FIFO blocks) and anything over a size cap, so that a small mistake cannot exhaust memory.
/// </summary>
public static class BoundedFileReader
{
    /// <summary>The cap for scenario and world files: far above the largest shipped one (about 50 KB).</summary>
    public const long ScenarioCapBytes = 1 << 20;

    public static string ReadAllText(string path, long capBytes)
    {
        CheckRegular(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 14);
            var buffer = new MemoryStream();
            var chunk = new byte[1 << 14];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > capBytes) throw new InputFileException($"the file is larger than the {Describe(capBytes)} allowed");
            }

            buffer.Position = 0;
            using var reader = new StreamReader(buffer, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException($"cannot read the file: {OneLine(ex.Message)}");
        }
    }

    /// <summary>Throws unless <paramref name="path"/> is a regular file (or a link to one).</summary>
    public static void CheckRegular(string path)
    {
        var kind = FileKinds.Of(path);
        switch (kind)
        {
            case FileKind.RegularFile:
                return;
            case FileKind.Missing:
                throw new InputFileException("no such file");
            case FileKind.Directory:
                throw new InputFileException("this is a folder, not a file");
            default:
                throw new InputFileException($"not a regular file (a {Name(kind)}); only regular files are read");
        }
    }

    public static string Describe(long bytes) =>
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? $"{bytes >> 20} MiB" : bytes >= 1024 && bytes % 1024 == 0 ? $"{bytes >> 10} KiB" : $"{bytes} bytes";

    internal static string Name(FileKind kind) => kind switch
    {
        FileKind.CharacterDevice => "character device",
        FileKind.BlockDevice => "block device",
        FileKind.Fifo => "FIFO",
        FileKind.Socket => "socket",
        _ => "special file",
    };

    private static string OneLine(string message) => message.Replace('\r', ' ').Replace('\n', ' ').Trim();
}
