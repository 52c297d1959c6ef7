using System.Globalization;
using System.Net;

namespace CoopSim.Bench.LocalCluster;

/// <summary>
/// Three <c>coopsim silo</c> processes on this machine, each bound to its own loopback address (127.0.0.2,
/// .3, .4) with the same ports, as three machines would be, finding each other through Redis. Their working
/// folder is an empty one of their own: they never see the scenario files, which the client ships. The
/// engine benchmark and the cluster tests start them; disposing stops exactly these processes.
/// </summary>
public sealed class SiloProcesses : IAsyncDisposable
{
    public static readonly IReadOnlyList<IPAddress> Addresses = [IPAddress.Parse("127.0.0.2"), IPAddress.Parse("127.0.0.3"), IPAddress.Parse("127.0.0.4")];

    /// <summary>What `coopsim silo` prints on standard error once it has joined the cluster and serves.</summary>
    public const string ReadyLine = "Ctrl-C stops it";

    /// <summary>How long a silo may take to start on a busy machine (about 1 s on a quiet one; 13–22 s seen with six builds beside it).</summary>
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);

    private readonly List<ChildProcess> _silos = [];

    private readonly string _folder;

    private SiloProcesses(string clusterAddress, string folder)
    {
        ClusterAddress = clusterAddress;
        _folder = folder;
    }

    /// <summary>What a client passes to <c>--cluster</c>.</summary>
    public string ClusterAddress { get; }

    public IReadOnlyList<ChildProcess> Silos => _silos;

    public static Task<SiloProcesses> StartAsync(RedisServer redis, string cluster, CoopSimCommand coopsim) =>
        StartAsync(redis, cluster, Addresses.Count, _ => coopsim);

    /// <summary>
    /// The first <paramref name="count"/> of <see cref="Addresses"/>, silo <c>i</c> started by <paramref name="commandOf"/>(i)
    /// (the cluster benchmark starts each in a CPU budget of its own).
    /// </summary>
    public static async Task<SiloProcesses> StartAsync(RedisServer redis, string cluster, int count, Func<int, CoopSimCommand> commandOf)
    {
        var siloPort = FreePorts.OnAll(Addresses);
        var gatewayPort = FreePorts.OnAll(Addresses);
        var membership = redis.Membership(cluster);
        var folder = Directory.CreateTempSubdirectory("coopsim-silos-").FullName;
        var silos = new SiloProcesses(membership, folder);
        try
        {
            foreach (var address in Addresses.Take(count))
            {
                var silo = commandOf(silos._silos.Count).Start(folder, "silo", "--membership", membership, "--advertise", address.ToString(),
                    "--port", siloPort.ToString(CultureInfo.InvariantCulture), "--gateway-port", gatewayPort.ToString(CultureInfo.InvariantCulture));
                silos._silos.Add(silo);
            }

            for (var i = 0; i < silos._silos.Count; i++)
            {
                // Readiness is the silo's own line; the limit only bounds a silo that hangs, and the message says what it did.
                var silo = silos._silos[i];
                if (!await silo.WaitForErrorTextAsync(ReadyLine, StartLimit))
                {
                    var why = silo.HasExited ? "it ended before it was ready" : $"it was not ready after {StartLimit.TotalSeconds:0} s";
                    throw new InvalidOperationException($"the silo on {Addresses[i]} did not start ({why}): {silo.Describe()}");
                }
            }

            return silos;
        }
        catch
        {
            await silos.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos) await silo.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
