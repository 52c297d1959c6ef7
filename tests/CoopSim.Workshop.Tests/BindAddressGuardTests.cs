namespace CoopSim.Workshop.Tests;

public sealed class BindAddressGuardTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.20")]
    [InlineData("::")]
    public async Task StartAsync_NonLoopbackWithoutPublic_IsRefused(string host)
    {
        var source = WorkshopFixtures.Timeline();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => WorkshopServer.StartAsync(source, new WorkshopOptions(host, 0)));
        Assert.Contains("--public", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", false, true)]
    [InlineData("::1", false, true)]
    [InlineData("localhost", false, true)]
    [InlineData("0.0.0.0", true, true)]
    [InlineData("10.0.0.5", false, false)]
    public void Problem_Address_AllowedOnlyWhenLoopbackOrPublic(string host, bool isPublic, bool allowed) =>
        Assert.Equal(allowed, BindAddressGuard.Problem(host, isPublic) is null);
}
