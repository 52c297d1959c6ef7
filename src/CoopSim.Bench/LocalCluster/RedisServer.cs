using System.Net;
using System.Net.Sockets;

namespace CoopSim.Bench.LocalCluster;

/// <summary>A real redis-server (Debian's package; .ci/run installs it) on a free loopback port, for cluster membership.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private ChildProcess _process;
    private readonly string _folder;

    private RedisServer(ChildProcess process, int port, string folder)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    /// <summary>How long redis-server may take to answer on a busy machine.</summary>
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);

    public int Port { get; }

    public string Membership(string cluster) => $"redis://127.0.0.1:{Port}/{cluster}";

    public static async Task<RedisServer> StartAsync()
    {
        var port = FreePorts.On(IPAddress.Loopback);
        var folder = Directory.CreateTempSubdirectory("coopsim-redis-").FullName;
        var server = new RedisServer(Launch(port, folder), port, folder);
        try
        {
            await server.WaitReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// SIGKILLs this redis-server by its id and starts a new one on the same port, empty (no persistence): what a
    /// membership store that restarts mid-run looks like to the silos. Returns once the new one answers.
    /// </summary>
    public async Task RestartEmptyAsync()
    {
        await _process.DisposeAsync();
        _process = Launch(Port, _folder);
        await WaitReadyAsync();
    }

    private static ChildProcess Launch(int port, string folder) =>
        ChildProcess.Start("redis-server",
            ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder], folder);

    private async Task WaitReadyAsync()
    {
        // Ready when it answers; the limit only bounds a server that hangs (a busy machine took seconds, not the 10 s once allowed).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            if (await AnswersAsync(Port)) return;
            if (_process.HasExited) break;
            await Task.Delay(100);
        }

        var why = _process.HasExited ? "it ended before it answered" : $"it did not answer within {StartLimit.TotalSeconds:0} s";
        throw new InvalidOperationException($"redis-server did not start on 127.0.0.1:{Port} ({why}): {_process.Describe()}");
    }

    /// <summary>True when Debian's redis-server is on the PATH.</summary>
    public static bool IsInstalled() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "redis-server")));

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<bool> AnswersAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
