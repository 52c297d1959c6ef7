namespace CoopSim.Studies.Sensitivity;

/// <summary>One step of a Morris trajectory: from point <see cref="From"/> to <see cref="To"/> by moving one input by <see cref="Delta"/> (signed).</summary>
public sealed record MorrisStep(int Parameter, int From, int To, double Delta);
