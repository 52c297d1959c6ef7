using Orleans;

namespace CoopSim.Simulation.Results;

/// <summary>Milliseconds spent in each part of a delivery: one hop's, or summed along a path.</summary>
[GenerateSerializer, Immutable, Alias("coopsim.delay")]
public readonly record struct DelayVector(long Held, long Transit, long OfficeWait, long Queue, long Translation, long LegalReview)
{
    public long Total => Held + Transit + OfficeWait + Queue + Translation + LegalReview;

    public static DelayVector operator +(DelayVector a, DelayVector b) => new(
        a.Held + b.Held, a.Transit + b.Transit, a.OfficeWait + b.OfficeWait,
        a.Queue + b.Queue, a.Translation + b.Translation, a.LegalReview + b.LegalReview);
}
