using CoopSim.Simulation.Statistics;

namespace CoopSim.Simulation.Fold;

/// <summary>
/// One alert's share of the desk figures (docs/model.md, "Capacity and queue"): per agency with a capacity, the wait for
/// a free officer of each copy acted on, and how many of those copies arrived in each hour of the run. Kept per alert
/// because lanes fold different alerts of one replication side by side; <see cref="ResultFolder"/> adds the alerts up
/// at the end. Sums, counts and an order-free sketch: the bytes do not depend on the folding order.
/// </summary>
internal sealed class DeskFold(int desks)
{
    private readonly ValueSketch[] _waitMs = new ValueSketch[desks];
    private readonly Dictionary<int, long>[] _arrivalsByHour = Enumerable.Range(0, desks).Select(_ => new Dictionary<int, long>()).ToArray();

    public void Add(int desk, long waitMs, long arrivedFromStartMs)
    {
        _waitMs[desk].Add(waitMs);
        var hour = (int)(arrivedFromStartMs / Model.Duration.MillisecondsPerHour);
        _arrivalsByHour[desk][hour] = _arrivalsByHour[desk].GetValueOrDefault(hour) + 1;
    }

    /// <summary>Takes in <paramref name="other"/>'s observations (it must not be used afterwards).</summary>
    public void Merge(DeskFold other)
    {
        for (var d = 0; d < _waitMs.Length; d++)
        {
            _waitMs[d].Merge(ref other._waitMs[d]);
            foreach (var (hour, count) in other._arrivalsByHour[d]) _arrivalsByHour[d][hour] = _arrivalsByHour[d].GetValueOrDefault(hour) + count;
        }
    }

    public void Compact()
    {
        for (var d = 0; d < _waitMs.Length; d++) _waitMs[d].Compact();
    }

    public void Write(BinaryWriter writer)
    {
        for (var d = 0; d < _waitMs.Length; d++)
        {
            _waitMs[d].Write(writer);
            writer.Write(_arrivalsByHour[d].Count);
            foreach (var (hour, count) in _arrivalsByHour[d].OrderBy(e => e.Key))
            {
                writer.Write(hour);
                writer.Write(count);
            }
        }
    }

    /// <summary>As <see cref="Merge"/>, for a fold <see cref="Write"/> wrote on another process, read straight from <paramref name="reader"/>.</summary>
    public void MergeFrom(BinaryReader reader)
    {
        for (var d = 0; d < _waitMs.Length; d++)
        {
            var theirs = ValueSketch.Read(reader);
            _waitMs[d].Merge(ref theirs);
            var hours = reader.ReadInt32();
            for (var i = 0; i < hours; i++)
            {
                var hour = reader.ReadInt32();
                _arrivalsByHour[d][hour] = _arrivalsByHour[d].GetValueOrDefault(hour) + reader.ReadInt64();
            }
        }
    }

    /// <summary>Adds this alert's figures of desk <paramref name="desk"/> to the run's, leaving this fold as it was (a copy of its sketch is merged).</summary>
    public void AddTo(int desk, ref ValueSketch waitMs, Dictionary<int, long> arrivalsByHour)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) _waitMs[desk].Write(writer);
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var copy = ValueSketch.Read(reader);
        waitMs.Merge(ref copy);
        foreach (var (hour, count) in _arrivalsByHour[desk]) arrivalsByHour[hour] = arrivalsByHour.GetValueOrDefault(hour) + count;
    }
}
