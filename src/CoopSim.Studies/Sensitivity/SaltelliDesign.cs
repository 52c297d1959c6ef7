namespace CoopSim.Studies.Sensitivity;

/// <summary>
/// Saltelli's sample for Sobol indices: two independent matrices A and B of <see cref="BaseSamples"/> rows, and
/// for each input i the matrix ABᵢ (A with column i taken from B). Points are laid out row by row —
/// A_j, B_j, AB¹_j … ABᵏ_j — so <c>N (k + 2)</c> in all, and a row's points are adjacent for the bootstrap.
/// </summary>
public sealed record SaltelliDesign(int Parameters, int BaseSamples, IReadOnlyList<double[]> Points)
{
    public int PointsPerRow => Parameters + 2;

    public static SaltelliDesign Create(int parameters, int baseSamples, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parameters, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseSamples, 2);

        // A and B from one Latin hypercube of 2k columns: independent halves, each stratified per input.
        var both = LatinHypercube.Sample(baseSamples, 2 * parameters, seed ^ 0x5A17E111UL);
        var points = new List<double[]>(baseSamples * (parameters + 2));
        foreach (var row in both)
        {
            var a = row[..parameters];
            var b = row[parameters..];
            points.Add(a);
            points.Add(b);
            for (var i = 0; i < parameters; i++)
            {
                var ab = (double[])a.Clone();
                ab[i] = b[i];
                points.Add(ab);
            }
        }

        return new SaltelliDesign(parameters, baseSamples, points);
    }
}
