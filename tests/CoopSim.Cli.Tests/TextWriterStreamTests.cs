using System.Text;

namespace CoopSim.Cli.Tests;

public sealed class TextWriterStreamTests
{
    [Fact]
    public void Write_CharacterSplitAcrossWrites_DecodesWhole()
    {
        var text = "Hà Nội → 서울 ✓";
        var bytes = Encoding.UTF8.GetBytes(text);
        var target = new StringWriter();
        using (var stream = new TextWriterStream(target))
        {
            // One byte at a time: every multi-byte character arrives in pieces.
            foreach (var b in bytes) stream.Write([b], 0, 1);
        }

        Assert.Equal(text, target.ToString());
    }
}
