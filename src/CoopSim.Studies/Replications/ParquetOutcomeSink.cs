using Parquet;
using Parquet.Schema;

namespace CoopSim.Studies.Replications;

/// <summary>
/// A replications file in Apache Parquet: one row group per block of whole replications, so a reader can stream it
/// and the writer never holds more than a block. The file's key-value metadata says what it is
/// (<see cref="OutcomeColumns.Format"/>, the scenario, seed, replications, tool version and content hashes).
/// </summary>
internal sealed class ParquetOutcomeSink : IOutcomeSink
{
    private static readonly DataField Replication = new DataField<int>("replication");
    private static readonly DataField Kind = new DataField<string>("kind", nullable: false);
    private static readonly DataField Alert = new DataField<string>("alert", nullable: true);
    private static readonly DataField Agency = new DataField<string>("agency", nullable: true);
    private static readonly DataField Country = new DataField<string>("country", nullable: true);
    private static readonly DataField Reached = new DataField<bool?>("reached");
    private static readonly DataField ArrivalS = new DataField<double?>("arrival_s");
    private static readonly DataField TimeToReachS = new DataField<double?>("time_to_reach_s");
    private static readonly DataField Hops = new DataField<int?>("hops");
    private static readonly DataField PathAgencies = new DataField<string>("first_path_agencies", nullable: true);
    private static readonly DataField PathChannels = new DataField<string>("first_path_channels", nullable: true);
    private static readonly DataField Subject = new DataField<string>("subject", nullable: true);
    private static readonly DataField Stop = new DataField<int?>("stop");
    private static readonly DataField ArrivesS = new DataField<double?>("arrives_s");
    private static readonly DataField BlockedInTime = new DataField<bool?>("blocked_in_time");
    private static readonly DataField LeadS = new DataField<double?>("lead_s");
    private static readonly DataField InterceptedHere = new DataField<bool?>("intercepted_here");

    public static readonly ParquetSchema Schema = new(Replication, Kind, Alert, Agency, Country, Reached, ArrivalS, TimeToReachS, Hops,
        PathAgencies, PathChannels, Subject, Stop, ArrivesS, BlockedInTime, LeadS, InterceptedHere);

    private readonly ParquetWriter _writer;
    private readonly OutcomeColumnBuffers _columns = new();
    private bool _completed;

    private ParquetOutcomeSink(ParquetWriter writer) => _writer = writer;

    /// <summary>Starts the file on <paramref name="stream"/> (left open) with <paramref name="metadata"/> in its footer.</summary>
    public static ParquetOutcomeSink Create(Stream stream, IReadOnlyDictionary<string, string> metadata)
    {
        // Parquet.Net pools up to 80 MiB of freed buffers by default; a block needs far less.
        var options = new ParquetOptions { MaximumSmallPoolFreeBytes = 1 << 20, MaximumLargePoolFreeBytes = 4 << 20 };
        var writer = ParquetWriter.CreateAsync(Schema, stream, options).GetAwaiter().GetResult();
        writer.CustomMetadata = metadata;
        return new ParquetOutcomeSink(writer);
    }

    public void WriteBlock(IReadOnlyList<OutcomeRow> rows, OutcomeNames names)
    {
        var n = rows.Count;
        var c = _columns.Fit(n);
        var index = names.Index;
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            c.Clear(i);
            c.Replication[i] = r.Replication;
            if (r.IsStop)
            {
                c.Kind[i] = OutcomeColumns.StopKind;
                var (stopCountry, arrivesS) = names.Stops[r.Subject][r.Stop];
                c.Country[i] = stopCountry;
                c.Subject[i] = index.Subjects[r.Subject];
                c.Stop[i] = r.Stop + 1;
                c.Arrives[i] = arrivesS;
                c.Blocked[i] = r.BlockedInTime;
                c.Lead[i] = r.HasLead ? OutcomeCells.Seconds(r.LeadMs) : null;
                c.Intercepted[i] = r.InterceptedHere;
            }
            else
            {
                c.Kind[i] = OutcomeColumns.AgencyKind;
                c.Alert[i] = index.Alerts[r.Alert];
                c.Agency[i] = index.Agencies[r.Agency];
                c.Country[i] = OutcomeCells.Country(index, r.Agency);
                c.Reached[i] = r.Reached;
                if (r.Reached)
                {
                    c.Arrival[i] = OutcomeCells.Seconds(r.ArrivalMs);
                    c.Act[i] = OutcomeCells.Seconds(r.ActMs);
                    c.Hops[i] = r.Hops;
                    (c.PathAgencies[i], c.PathChannels[i]) = names.PathOf(r.Path);
                }
            }
        }

        using var group = _writer.CreateRowGroup();
        Wait(group.WriteAsync<int>(Replication, c.Replication.AsMemory(0, n)));
        Wait(group.WriteAsync(Kind, Strings(c.Kind, n)));
        Wait(group.WriteAsync(Alert, Strings(c.Alert, n)));
        Wait(group.WriteAsync(Agency, Strings(c.Agency, n)));
        Wait(group.WriteAsync(Country, Strings(c.Country, n)));
        Wait(group.WriteAsync<bool>(Reached, c.Reached.AsMemory(0, n)));
        Wait(group.WriteAsync<double>(ArrivalS, c.Arrival.AsMemory(0, n)));
        Wait(group.WriteAsync<double>(TimeToReachS, c.Act.AsMemory(0, n)));
        Wait(group.WriteAsync<int>(Hops, c.Hops.AsMemory(0, n)));
        Wait(group.WriteAsync(PathAgencies, Strings(c.PathAgencies, n)));
        Wait(group.WriteAsync(PathChannels, Strings(c.PathChannels, n)));
        Wait(group.WriteAsync(Subject, Strings(c.Subject, n)));
        Wait(group.WriteAsync<int>(Stop, c.Stop.AsMemory(0, n)));
        Wait(group.WriteAsync<double>(ArrivesS, c.Arrives.AsMemory(0, n)));
        Wait(group.WriteAsync<bool>(BlockedInTime, c.Blocked.AsMemory(0, n)));
        Wait(group.WriteAsync<double>(LeadS, c.Lead.AsMemory(0, n)));
        Wait(group.WriteAsync<bool>(InterceptedHere, c.Intercepted.AsMemory(0, n)));
    }

    public void Complete()
    {
        if (_completed) return;
        _completed = true;
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>An unfinished file is thrown away by its OutputFile: no footer is written for it.</summary>
    public void Dispose()
    {
    }

    private static ArraySegment<string?> Strings(string?[] values, int n) => new(values, 0, n);

    // The engines call probes from plain threads without a synchronization context, so waiting here cannot deadlock.
    private static void Wait(Task task) => task.GetAwaiter().GetResult();
}
