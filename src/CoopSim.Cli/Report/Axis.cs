namespace CoopSim.Cli.Report;

/// <summary>A linear scale from data to pixels, with "nice" tick values.</summary>
internal sealed record Axis(double Min, double Max, double From, double To)
{
    public double this[double value] => From + (Math.Clamp(value, Min, Max) - Min) / (Max - Min == 0 ? 1 : Max - Min) * (To - From);

    public IEnumerable<double> Ticks(int count = 5)
    {
        var span = Max - Min;
        if (span <= 0) yield break;
        var raw = span / count;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        for (var v = Math.Ceiling(Min / step) * step; v <= Max + 1e-9; v += step) yield return v;
    }

    /// <summary>Hours ticks at whole hours, days when the span is long.</summary>
    public IEnumerable<double> HourTicks()
    {
        var span = Max - Min;
        var step = span <= 6 ? 1 : span <= 24 ? 3 : span <= 48 ? 6 : span <= 96 ? 12 : span <= 240 ? 24 : span <= 720 ? 72 : 168;
        for (var v = Math.Ceiling(Min / step) * step; v <= Max + 1e-9; v += step) yield return v;
    }
}
