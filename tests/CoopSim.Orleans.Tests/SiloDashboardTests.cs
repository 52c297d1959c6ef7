using System.Globalization;
using System.Net;
using CoopSim.Bench.LocalCluster;
using CoopSim.Orleans.Tests.Processes;

namespace CoopSim.Orleans.Tests;

/// <summary>`coopsim silo --dashboard PORT` serves the Orleans Dashboard on loopback.</summary>
public sealed class SiloDashboardTests
{
    [Fact]
    public async Task Silo_DashboardPort_ServesTheOrleansDashboardOnLoopback()
    {
        var port = FreePorts.On(IPAddress.Loopback);
        var folder = Directory.CreateTempSubdirectory("coopsim-dashboard-").FullName;
        await using var silo = CoopSimProcess.Start(folder, "silo", "--dashboard", port.ToString(CultureInfo.InvariantCulture),
            "--port", FreePorts.On(IPAddress.Loopback).ToString(CultureInfo.InvariantCulture),
            "--gateway-port", FreePorts.On(IPAddress.Loopback).ToString(CultureInfo.InvariantCulture));
        Assert.True(await silo.WaitForErrorTextAsync(SiloProcesses.ReadyLine, SiloProcesses.StartLimit), silo.Describe());
        using var http = new HttpClient();

        var page = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/"));

        Assert.Contains("<title>Orleans Dashboard</title>", page);
        Assert.Contains($"dashboard http://127.0.0.1:{port}/", silo.StandardError);
        Directory.Delete(folder, recursive: true);
    }
}
