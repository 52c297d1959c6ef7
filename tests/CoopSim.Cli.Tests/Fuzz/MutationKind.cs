namespace CoopSim.Cli.Tests.Fuzz;

/// <summary>The ways a fuzz case damages a file, after the mistakes and attacks seen in issue 11.</summary>
public enum MutationKind
{
    ReplaceChar,
    DeleteLine,
    DuplicateLine,
    SwapValues,
    ReplaceValue,
    InsertNesting,
    InsertAliasBomb,
    IndentWithTab,
    PrependByteOrderMark,
    InsertJunkLine,
    Truncate,
    FlipByte,
}
