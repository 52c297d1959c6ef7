namespace CoopSim.Files.Tests;

public sealed class BoundedFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coopsim-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReadAllText_UnderTheCap_ReturnsTheTextWithoutItsByteOrderMark()
    {
        var path = Path.Combine(_folder, "a.yaml");
        File.WriteAllText(path, "name: x\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal("name: x\n", BoundedFileReader.ReadAllText(path, 100));
    }

    [Fact]
    public void ReadAllText_OverTheCap_ThrowsNamingTheCap()
    {
        var path = Path.Combine(_folder, "big.yaml");
        File.WriteAllText(path, new string('x', 2048));
        var ex = Assert.Throws<InputFileException>(() => BoundedFileReader.ReadAllText(path, 1024));
        Assert.Equal("the file is larger than the 1 KiB allowed", ex.Message);
    }

    [Theory]
    [InlineData("missing", "no such file")]
    [InlineData("", "this is a folder, not a file")]
    public void CheckRegular_NotAFile_SaysWhatItIs(string name, string expected)
    {
        var ex = Assert.Throws<InputFileException>(() => BoundedFileReader.CheckRegular(Path.Combine(_folder, name)));
        Assert.Equal(expected, ex.Message);
    }

    [Fact]
    public void CheckRegular_Device_RefusesIt()
    {
        var ex = Assert.Throws<InputFileException>(() => BoundedFileReader.CheckRegular("/dev/null"));
        Assert.StartsWith("not a regular file", ex.Message);
    }
}
