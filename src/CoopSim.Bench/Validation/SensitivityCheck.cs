namespace CoopSim.Bench.Validation;

/// <summary>One index against its closed form: it passes when the closed form lies in the estimate's 95% interval (or equals it, for exact ones).</summary>
internal sealed record SensitivityCheck(string Function, string Index, double Expected, double Estimate, double Low, double High)
{
    public bool Passed => Expected >= Low - 1e-9 && Expected <= High + 1e-9;
}
