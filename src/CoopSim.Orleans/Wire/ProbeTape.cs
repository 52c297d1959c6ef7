using CoopSim.Simulation.Fold;
using CoopSim.Simulation.Results;

namespace CoopSim.Orleans.Wire;

/// <summary>
/// What a block's replications showed the run's per-replication probe, packed for the wire: one byte string per
/// block instead of an object per record. Each record is written as zig-zag varints (agency as the step from the
/// one before: records come in agency order) and its path hash; its hops and path delays only when a probe reads
/// them (<see cref="IReplicationProbe.ReadsPathDelays"/>). On the starter a replication's records took about 600
/// bytes as Orleans' tagged fields and take about 15 here, which is what bounded a silo and its client.
/// </summary>
internal static class ProbeTape
{
    [ThreadStatic] private static BinaryWriter? _scratch;

    /// <summary>One replication's records of one alert.</summary>
    public static byte[] Records(ReadOnlySpan<ReachRecord> records, bool paths)
    {
        var (stream, writer) = Scratch();
        writer.Write7BitEncodedInt(records.Length);
        var agency = 0;
        foreach (ref readonly var r in records)
        {
            Signed(writer, r.Agency - agency);
            agency = r.Agency;
            Signed(writer, r.AtMs);
            Signed(writer, r.FromAgency);
            Signed(writer, r.Channel);
            writer.Write(r.PathHash);
            if (!paths) continue;
            Signed(writer, r.Hops);
            Signed(writer, r.Path.Held);
            Signed(writer, r.Path.Transit);
            Signed(writer, r.Path.OfficeWait);
            Signed(writer, r.Path.Queue);
            Signed(writer, r.Path.Translation);
            Signed(writer, r.Path.LegalReview);
        }

        return Written(stream, writer);
    }

    /// <summary>One replication's subjects.</summary>
    public static byte[] Subjects(IReadOnlyList<SubjectReplication> subjects)
    {
        var (stream, writer) = Scratch();
        writer.Write7BitEncodedInt(subjects.Count);
        foreach (var s in subjects)
        {
            Signed(writer, s.InterceptedAtStop);
            writer.Write7BitEncodedInt(s.LeadTimesMs.Count);
            // 0 for a stop the subject never reached, else the lead time's zig-zag plus one.
            foreach (var lead in s.LeadTimesMs) writer.Write7BitEncodedInt64(lead is { } ms ? (long)(ZigZag(ms) + 1) : 0);
        }

        return Written(stream, writer);
    }

    /// <summary>
    /// The block's tape: its replication count, then per replication its <paramref name="alerts"/> record strings and its
    /// subjects string, each as its length plus one (0: the probe was shown nothing).
    /// </summary>
    public static byte[] Join(int replications, int alerts, byte[]?[] records, byte[]?[] subjects)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write7BitEncodedInt(replications);
        for (var i = 0; i < replications; i++)
        {
            for (var k = 0; k < alerts; k++) Part(writer, records[i * alerts + k]);
            Part(writer, subjects[i]);
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>Shows <paramref name="probe"/> a block's tape as the fold showed the silo's probe: each replication's alerts in <paramref name="alerts"/>' order, then its subjects.</summary>
    public static void Replay(byte[] tape, int first, int[] alerts, bool paths, IReplicationProbe probe)
    {
        using var reader = new BinaryReader(new MemoryStream(tape, writable: false));
        var replications = reader.Read7BitEncodedInt();
        var buffer = new ReachRecord[16];
        for (var i = 0; i < replications; i++)
        {
            foreach (var alert in alerts)
            {
                if (reader.Read7BitEncodedInt() == 0) continue;
                var count = ReadRecords(reader, paths, ref buffer);
                probe.ObserveAlert(first + i, alert, buffer.AsSpan(0, count));
            }

            if (reader.Read7BitEncodedInt() == 0) continue;
            probe.ObserveSubjects(first + i, ReadSubjects(reader));
        }
    }

    private static int ReadRecords(BinaryReader reader, bool paths, ref ReachRecord[] buffer)
    {
        var count = reader.Read7BitEncodedInt();
        if (buffer.Length < count) buffer = new ReachRecord[Math.Max(count, 2 * buffer.Length)];
        var agency = 0;
        for (var j = 0; j < count; j++)
        {
            agency += (int)Signed(reader);
            var atMs = Signed(reader);
            var from = (int)Signed(reader);
            var channel = (int)Signed(reader);
            var hash = reader.ReadUInt64();
            var hops = 0;
            var path = default(DelayVector);
            if (paths)
            {
                hops = (int)Signed(reader);
                path = new DelayVector(Signed(reader), Signed(reader), Signed(reader), Signed(reader), Signed(reader), Signed(reader));
            }

            buffer[j] = new ReachRecord(agency, atMs, hops, from, channel, path, hash);
        }

        return count;
    }

    private static SubjectReplication[] ReadSubjects(BinaryReader reader)
    {
        var subjects = new SubjectReplication[reader.Read7BitEncodedInt()];
        for (var s = 0; s < subjects.Length; s++)
        {
            var stopped = (int)Signed(reader);
            var leads = new long?[reader.Read7BitEncodedInt()];
            for (var k = 0; k < leads.Length; k++)
            {
                var coded = (ulong)reader.Read7BitEncodedInt64();
                leads[k] = coded == 0 ? null : UnZigZag(coded - 1);
            }

            subjects[s] = new SubjectReplication(stopped, leads);
        }

        return subjects;
    }

    private static void Part(BinaryWriter writer, byte[]? part)
    {
        if (part is null)
        {
            writer.Write7BitEncodedInt(0);
            return;
        }

        writer.Write7BitEncodedInt(part.Length + 1);
        writer.Write(part);
    }

    private static (MemoryStream Stream, BinaryWriter Writer) Scratch()
    {
        var writer = _scratch ??= new BinaryWriter(new MemoryStream());
        var stream = (MemoryStream)writer.BaseStream;
        stream.SetLength(0);
        return (stream, writer);
    }

    private static byte[] Written(MemoryStream stream, BinaryWriter writer)
    {
        writer.Flush();
        return stream.ToArray();
    }

    private static void Signed(BinaryWriter writer, long value) => writer.Write7BitEncodedInt64((long)ZigZag(value));

    private static long Signed(BinaryReader reader) => UnZigZag((ulong)reader.Read7BitEncodedInt64());

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private static long UnZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
