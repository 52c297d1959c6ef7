using CoopSim.Model;
using CoopSim.Model.Distributions;

namespace CoopSim.Simulation.Compiled;

/// <summary>
/// A delay distribution with its parameters worked out once, for the hot path: a lognormal's two logarithms
/// are taken here instead of on every draw, and a draw is a switch instead of a virtual call. Each branch
/// evaluates exactly the expression of its <see cref="DelayDistribution"/>, in the same order and with the
/// same random calls, so the draws are bit-for-bit the same; kinds it does not know go to the distribution.
/// </summary>
internal readonly struct DelaySampler
{
    private readonly SamplerKind _kind;
    private readonly double _offset;
    private readonly double _scale;
    private readonly long _minimum;
    private readonly DelayDistribution _distribution;

    public DelaySampler(DelayDistribution distribution)
    {
        _distribution = distribution;
        _minimum = distribution.Minimum.Milliseconds;
        switch (distribution)
        {
            case FixedDelay f:
                _kind = SamplerKind.Fixed;
                _minimum = f.Value.Milliseconds;
                break;
            case UniformDelay u:
                _kind = SamplerKind.Uniform;
                _offset = u.Min.Milliseconds;
                _scale = u.Max.Milliseconds - u.Min.Milliseconds;
                break;
            case ShiftedExponentialDelay e:
                _kind = SamplerKind.ShiftedExponential;
                _offset = e.Min.Milliseconds;
                _scale = e.MeanValue.Milliseconds - e.Min.Milliseconds;
                break;
            case LogNormalDelay l:
                _kind = SamplerKind.LogNormal;
                _offset = l.Mu;
                _scale = l.Sigma;
                break;
            default:
                _kind = SamplerKind.Other;
                break;
        }
    }

    public long Sample(ref SimRandom random) => _kind switch
    {
        SamplerKind.Fixed => _minimum,
        SamplerKind.Uniform => ToMilliseconds(_offset + random.NextDouble() * _scale),
        SamplerKind.ShiftedExponential => ToMilliseconds(_offset - Math.Log(random.NextOpenDouble()) * _scale),
        SamplerKind.LogNormal => ToMilliseconds(Math.Exp(_offset + _scale * random.NextStandardNormal())),
        _ => _distribution.SampleMilliseconds(ref random),
    };

    /// <summary>The same clamp and rounding as <see cref="DelayDistribution"/>'s.</summary>
    private long ToMilliseconds(double value)
    {
        if (!(value < Duration.MaxMilliseconds)) return Duration.MaxMilliseconds;
        var ms = (long)Math.Round(value);
        return ms < _minimum ? _minimum : ms;
    }

    private enum SamplerKind : byte
    {
        Other,
        Fixed,
        Uniform,
        ShiftedExponential,
        LogNormal,
    }
}
