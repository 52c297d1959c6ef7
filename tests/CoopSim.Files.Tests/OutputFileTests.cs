using System.Text;

namespace CoopSim.Files.Tests;

public sealed class OutputFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coopsim-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Commit_RegularFile_ReplacesItWholeAndLeavesNoTemporary()
    {
        var path = Path.Combine(_folder, "out.json");
        File.WriteAllText(path, "old");
        using (var output = OutputFile.Open(path))
        {
            Assert.True(output.IsReplacedWhole);
            output.Stream.Write(Encoding.UTF8.GetBytes("new"));
            Assert.Equal("old", File.ReadAllText(path));
            output.Commit();
        }

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Dispose_WithoutCommit_KeepsWhatTheUserHadAndDeletesTheTemporary()
    {
        var path = Path.Combine(_folder, "out.json");
        File.WriteAllText(path, "kept");
        using (var output = OutputFile.Open(path)) output.Stream.Write(Encoding.UTF8.GetBytes("half"));

        Assert.Equal("kept", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Open_Folder_ThrowsOneLineNamingThePath()
    {
        var ex = Assert.Throws<OutputFileException>(() => OutputFile.Open(_folder));
        Assert.StartsWith(_folder + ": error:", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Open_EmptyName_Throws()
    {
        var ex = Assert.Throws<OutputFileException>(() => OutputFile.Open(" "));
        Assert.Contains("empty", ex.Message);
    }
}
