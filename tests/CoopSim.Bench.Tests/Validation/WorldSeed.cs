namespace CoopSim.Bench.Tests.Validation;

/// <summary>What FsCheck generates: the seed a family builds one world from. Its text is what FsCheck prints as the counterexample.</summary>
public sealed record WorldSeed(string Family, ulong Seed)
{
    public override string ToString() => $"{Family} world seed {Seed}";
}
