namespace CoopSim.Files;

/// <summary>What a path names, as <c>stat(2)</c> sees it (after following symbolic links).</summary>
public enum FileKind
{
    Missing,
    RegularFile,
    Directory,
    CharacterDevice,
    BlockDevice,
    Fifo,
    Socket,
    SymbolicLink,
    Other,
}
