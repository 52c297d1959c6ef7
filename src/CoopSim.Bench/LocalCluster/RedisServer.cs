using System.Net;
using System.Net.Sockets;

namespace CoopSim.Bench.LocalCluster;

/// <summary>A real redis-server (Debian's package; .ci/run installs it) on a free loopback port, for cluster membership.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly ChildProcess _process;
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
        var process = ChildProcess.Start("redis-server",
            ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder], folder);
        var server = new RedisServer(process, port, folder);
        // Ready when it answers; the limit only bounds a server that hangs (a busy machine took seconds, not the 10 s once allowed).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            if (await AnswersAsync(port)) return server;
            if (process.HasExited) break;
            await Task.Delay(100);
        }

        var why = process.HasExited ? "it ended before it answered" : $"it did not answer within {StartLimit.TotalSeconds:0} s";
        var described = process.Describe();
        await server.DisposeAsync();
        throw new InvalidOperationException($"redis-server did not start on 127.0.0.1:{port} ({why}): {described}");
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
