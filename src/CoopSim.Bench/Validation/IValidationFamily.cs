namespace CoopSim.Bench.Validation;

/// <summary>A shape of world whose results have a closed form, and the checks that hold for every world of that shape.</summary>
public interface IValidationFamily
{
    string Id { get; }

    string Title { get; }

    /// <summary>The closed form written out (Markdown), as docs/validation.md shows it.</summary>
    string ClosedForm { get; }

    /// <summary>The test class whose FsCheck property runs this family.</summary>
    string TestName { get; }

    /// <summary>FsCheck's replay seed in that test: it draws the property's world seeds from it, the same ones every run.</summary>
    ulong PropertySeed { get; }

    int DefaultWorlds { get; }

    /// <summary>The most statistical checks one world makes (0 for exact families); Bonferroni counts these.</summary>
    int ChecksPerWorld { get; }

    /// <summary>Statistics pooled over all worlds of the family (Stouffer).</summary>
    IReadOnlyList<string> PooledScores { get; }

    IValidationCase Generate(ulong seed);
}
