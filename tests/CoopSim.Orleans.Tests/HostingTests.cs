using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Hosting;
using CoopSim.Simulation.Engine;
using CoopSim.Studies.Output;

namespace CoopSim.Orleans.Tests;

public sealed class HostingTests
{
    [Theory]
    [InlineData("30000", "dev", new[] { 30000 })]
    [InlineData("30000,30001,30002", "dev", new[] { 30000, 30001, 30002 })]
    [InlineData("lab@30010", "lab", new[] { 30010 })]
    [InlineData("lab", "lab", new[] { 30000 })]
    public void Parse_ClusterText_GivesNameAndGatewayPorts(string text, string cluster, int[] ports)
    {
        var address = ClusterAddress.Parse(text);

        Assert.Equal(cluster, address.ClusterId);
        Assert.Equal(ports, address.GatewayPorts);
    }

    [Theory]
    [InlineData("30000,x")]
    [InlineData("dev@70000")]
    public void Parse_BadPort_ThrowsFormatException(string text) => Assert.Throws<FormatException>(() => ClusterAddress.Parse(text));

    [Fact]
    public void AgencyIndex_AgencyKey_RoundTrips() => Assert.Equal(42, GrainKeys.AgencyIndex(GrainKeys.Agency("run-1", 3, 42)));

    [Theory]
    [InlineData("redis://127.0.0.1:6379", "dev", "127.0.0.1:6379")]
    [InlineData("redis://10.1.2.3:7000/lab-2", "lab-2", "10.1.2.3:7000")]
    [InlineData("REDIS://redis.example:6380/x", "x", "redis.example:6380")]
    public void Parse_RedisAddress_GivesEndpointAndClusterName(string text, string cluster, string endpoint)
    {
        var address = ClusterAddress.Parse(text);

        Assert.True(address.UsesRedis);
        Assert.Equal(cluster, address.ClusterId);
        Assert.Equal(endpoint, address.RedisEndpoint);
    }

    [Theory]
    [InlineData("redis://127.0.0.1")]
    [InlineData("redis://127.0.0.1:99999")]
    [InlineData("redis://127.0.0.1:6379/bad name")]
    public void Parse_BadRedisAddress_ThrowsFormatException(string text) => Assert.Throws<FormatException>(() => ClusterAddress.Parse(text));

    [Fact]
    public async Task RunAsync_EmbeddedSiloTwice_StartsOneSiloAndMatchesInProcessJson()
    {
        var scenario = Scenarios.Load("uz-entry-block.yaml");
        var options = new RunOptions(Replications: 20, Seed: 3);
        var inproc = await new InProcessEngine().RunAsync(scenario, options);

        var first = await OrleansEngine.WithEmbeddedSilo().RunAsync(scenario, options);
        await using var during = await EmbeddedSilo.ConnectAsync(CancellationToken.None);
        var second = await OrleansEngine.WithEmbeddedSilo(new OrleansEngineOptions { Mode = OrleansEngineMode.Replications }).RunAsync(scenario, options);
        await using var after = await EmbeddedSilo.ConnectAsync(CancellationToken.None);

        Assert.Same(during.Grains, after.Grains);
        Assert.Equal(ResultJsonWriter.ToJson(inproc.Result), ResultJsonWriter.ToJson(first.Result));
        Assert.Equal(ResultJsonWriter.ToJson(inproc.Result), ResultJsonWriter.ToJson(second.Result));
    }

    [Fact]
    public async Task RunAsync_SiloPortTaken_RefusesToStart()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<OrleansHostingException>(() =>
            SiloRunner.RunAsync(new SiloEndpoints("dev", port, port + 1, port), TextWriter.Null, CancellationToken.None));

        Assert.StartsWith("coopsim: error:", error.Message);
        Assert.Contains($"port {port} (--port) is already in use", error.Message);
    }
}
