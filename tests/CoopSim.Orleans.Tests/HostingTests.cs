using CoopSim.Orleans.Abstractions;
using CoopSim.Orleans.Engine;
using CoopSim.Orleans.Hosting;
using CoopSim.Simulation.Engine;
using CoopSim.Simulation.Output;

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

    [Fact]
    public async Task RunAsync_InProcessSilo_MatchesInProcessJson()
    {
        var scenario = Scenarios.Load("uz-entry-block.yaml");
        var options = new RunOptions(Replications: 20, Seed: 3);

        var inproc = await new InProcessEngine().RunAsync(scenario, options);
        var orleans = await OrleansEngine.WithInProcessSilo().RunAsync(scenario, options);

        Assert.Equal(ResultJsonWriter.ToJson(inproc.Result), ResultJsonWriter.ToJson(orleans.Result));
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
