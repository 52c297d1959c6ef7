namespace CoopSim.Model.Distributions;

/// <summary>A point of an empirical quantile table: <see cref="Value"/> is the <see cref="Quantile"/>-quantile.</summary>
public sealed record QuantilePoint(double Quantile, Duration Value);

/// <summary>
/// An empirical table of quantiles, interpolated linearly between points. The first point must be at
/// quantile 0 and the last at 1, so that the table is a whole distribution.
/// </summary>
public sealed record EmpiricalDelay(IReadOnlyList<QuantilePoint> Points) : DelayDistribution
{
    public override Duration Minimum => Points[0].Value;

    public override Duration Mean
    {
        get
        {
            double sum = 0;
            for (var i = 1; i < Points.Count; i++)
            {
                var width = Points[i].Quantile - Points[i - 1].Quantile;
                sum += width * (Points[i].Value.Milliseconds + Points[i - 1].Value.Milliseconds) / 2.0;
            }

            return new Duration((long)Math.Round(sum));
        }
    }

    public override long SampleMilliseconds(ref SimRandom random)
    {
        var u = random.NextDouble();
        for (var i = 1; i < Points.Count; i++)
        {
            var hi = Points[i];
            if (u > hi.Quantile && i < Points.Count - 1) continue;
            var lo = Points[i - 1];
            var width = hi.Quantile - lo.Quantile;
            var f = width <= 0 ? 0 : (u - lo.Quantile) / width;
            return ToMilliseconds(lo.Value.Milliseconds + f * (hi.Value.Milliseconds - lo.Value.Milliseconds));
        }

        return Points[^1].Value.Milliseconds;
    }

    public bool Equals(EmpiricalDelay? other) =>
        other is not null && Basis == other.Basis && Points.SequenceEqual(other.Points);

    public override int GetHashCode() => Points.Count;

    public override string ToString() => $"empirical {string.Join(", ", Points.Select(p => $"p{p.Quantile * 100:0.##}={p.Value}"))}";
}
