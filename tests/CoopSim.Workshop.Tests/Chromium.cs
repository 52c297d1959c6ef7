using Microsoft.Playwright;

namespace CoopSim.Workshop.Tests;

/// <summary>Debian's headless Chromium (apt-get install chromium; COOPSIM_CHROMIUM overrides the path): Playwright never downloads a browser.</summary>
internal static class Chromium
{
    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var path = Environment.GetEnvironmentVariable("COOPSIM_CHROMIUM") ?? "/usr/bin/chromium";
        Assert.True(File.Exists(path), $"{path} is missing: apt-get install -y chromium (or set COOPSIM_CHROMIUM)");
        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Headless = true, Args = Args });
    }
}
