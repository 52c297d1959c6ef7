using System.Diagnostics;
using CoopSim.Files;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>
/// --out and --trace jsonl: (issue 11, item 1): a regular file is replaced whole, a link's target is replaced and
/// the link kept, a device is written as a stream and stays a device, a folder or an empty name is one line, exit 2.
/// </summary>
public sealed class OutputTargetTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Task<CliHarness.Result> Run(params string[] extra) =>
        CliHarness.RunAsync(["run", "scenarios/korea-desk-wanted.yaml", "--engine", "inproc", "--runs", "5", "--workers", "1", "--format", "json", .. extra]);

    /// <summary>A character device made with mknod (as root), else the system's /dev/null (writable by anyone).</summary>
    private string CharacterDevice()
    {
        var path = _temp["null-device"];
        using var mknod = Process.Start(new ProcessStartInfo("mknod", [path, "c", "1", "3"]) { RedirectStandardError = true })!;
        mknod.WaitForExit();
        return mknod.ExitCode == 0 ? path : "/dev/null";
    }

    [Fact]
    public async Task Run_OutIsACharacterDevice_WritesToItAndLeavesItADevice()
    {
        var device = CharacterDevice();
        var result = await Run("--out", device);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of(device));
        Assert.Empty(_temp.LeftoverTemporaries());
    }

    [Fact]
    public async Task Run_TraceToACharacterDevice_LeavesItADevice()
    {
        var device = CharacterDevice();
        var result = await Run("--trace", "jsonl:" + device);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of(device));
    }

    [Fact]
    public async Task Run_OutIsASymlink_ReplacesItsTargetAndKeepsTheLink()
    {
        var target = _temp.Write("result.json", "old");
        var link = _temp["link.json"];
        File.CreateSymbolicLink(link, target);
        var result = await Run("--out", link);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FileKind.SymbolicLink, FileKinds.OfLink(link));
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Contains("\"format\": \"coopsim.result/2\"", File.ReadAllText(target));
        Assert.Empty(_temp.LeftoverTemporaries());
    }

    [Fact]
    public async Task Run_TraceToASymlink_ReplacesItsTarget()
    {
        var target = _temp.Write("trace.jsonl", "old");
        var link = _temp["trace-link.jsonl"];
        File.CreateSymbolicLink(link, target);
        var result = await Run("--trace", "jsonl:" + link);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(FileKind.SymbolicLink, FileKinds.OfLink(link));
        Assert.StartsWith("{\"format\":\"coopsim.spans/2\"", File.ReadAllText(target));
    }

    [Theory]
    [InlineData("--out")]
    [InlineData("--trace")]
    public async Task Run_TargetIsAFolder_ExitsTwoWithOneLineBeforeRunning(string option)
    {
        var folder = Directory.CreateDirectory(_temp["folder"]).FullName;
        var result = await Run(option, option == "--trace" ? "jsonl:" + folder : folder);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"{folder}: error: this is a folder; name a file to write", line);
        Assert.Equal("", result.Out);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task Run_OutIsEmpty_ExitsTwoWithOneLine()
    {
        var result = await Run("--out", "");
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("coopsim: error: the output file name is empty", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task Run_OutInAPlaceThatCannotBeWritten_ExitsTwoWithOneLine()
    {
        var result = await Run("--out", "/proc/version");
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("/proc/version: error: cannot write here:", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Run_OutIsARegularFile_IsReplacedWholeKeepingItsPermissions()
    {
        var path = _temp.Write("out.json", "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var result = await Run("--out", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("coopsim.result/2", File.ReadAllText(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Empty(_temp.LeftoverTemporaries());
    }

    [Fact]
    public async Task Run_OutIsDash_WritesToStdout()
    {
        var result = await Run("--out", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("coopsim.result/2", result.Out);
        Assert.False(File.Exists(Path.Combine(RepoPaths.Root, "-")));
    }
}
