using System.Runtime.InteropServices;

namespace CoopSim.Files;

/// <summary>
/// Tells regular files from devices, FIFOs and sockets. The BCL reports none of these (a character device
/// "exists" as a file of length 0 that can be seeked), so this asks the runtime's own native shim, which
/// the BCL's file APIs use and whose status record has the same layout on every platform .NET supports.
/// Where the shim is missing (Windows), existing non-folders count as regular files.
/// </summary>
public static class FileKinds
{
    // The file-type bits of the shim's Mode field (pal_io.h), equal to POSIX's S_IF* values.
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Link = 0xA000;
    private const int Socket = 0xC000;

    /// <summary>The kind of what <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path) => Query(path, followLinks: true);

    /// <summary>The kind of <paramref name="path"/> itself: <see cref="FileKind.SymbolicLink"/> for a link.</summary>
    public static FileKind OfLink(string path) => Query(path, followLinks: false);

    private static FileKind Query(string path, bool followLinks)
    {
        if (path.Length == 0) return FileKind.Missing;
        try
        {
            var status = default(NativeFileStatus);
            var result = followLinks ? NativeStat(path, out status) : NativeLinkStat(path, out status);
            if (result != 0) return FileKind.Missing;
            return (status.Mode & TypeMask) switch
            {
                Regular => FileKind.RegularFile,
                Directory => FileKind.Directory,
                CharacterDevice => FileKind.CharacterDevice,
                BlockDevice => FileKind.BlockDevice,
                Fifo => FileKind.Fifo,
                Socket => FileKind.Socket,
                Link => FileKind.SymbolicLink,
                _ => FileKind.Other,
            };
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            if (System.IO.Directory.Exists(path)) return FileKind.Directory;
            return File.Exists(path) ? FileKind.RegularFile : FileKind.Missing;
        }
    }

    /// <summary>The shim's FileStatus: Flags then Mode lead it; the rest (sizes, times, ids) is room to spare.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct NativeFileStatus
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int NativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int NativeLinkStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out NativeFileStatus status);
}
