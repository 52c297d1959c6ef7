using System.Text;

namespace CoopSim.Cli.Tests.Fuzz;

/// <summary>Applies a case's mutations to a file's text (and, for <see cref="MutationKind.FlipByte"/>, its bytes).</summary>
public static class Mutator
{
    /// <summary>Characters that matter to YAML or to a terminal, and a few that are merely unusual.</summary>
    private static readonly string[] Characters =
    [
        "[", "]", "{", "}", ":", ",", "&", "*", "!", "|", ">", "#", "\"", "'", "\t", "\0", "\u2028", "\u2029", "\uFEFF", "x", "0",
        "9", " ", "-", "%", "@", "`", "\n", "\\", "é", "😀", "\r", "?", "~", ".",
    ];

    /// <summary>Values that are wrong in a way a user or an attacker would try.</summary>
    public static readonly string[] Values =
    [
        "99999999999999999999w", "9223372036854775807ms9223372036854775807ms3ms", "1e10", "2147483647", "Infinity", "NaN", "-1",
        "0", "", "~", "null", "[VN", "{a: ", "K[R]", "[bold]x[/]", "<img src=x onerror=alert(1)>", "\"a\\nb\\u2028c\"", "'",
        "Ωμέγα", "😀", "-5h", "0ms", "1ms", "36525d", "36526d", "1e308", "-0", "0x10", "true", "[]", "{}", "*a", "&a x",
        "!!binary AAAA", "2025-02-30T00:00:00+09:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "all", "24/7",
        "{lognormal: {median: 1ms, p90: 36525d, min: 1ms}}", "{lognormal: {median: 1s, p90: 1000000s, min: 1ms}}",
        "{uniform: [1ms, 36525d]}", "{exponential: {min: 1ms, mean: 36525d}}", "{empirical: [[0, 1ms], [1, 36525d]]}",
        "[kr.knpa, kr.knpa, kr.knpa]", "{id: x, from: , to: kr.knpa}", "\"\"", "100000", "100001", "0.5", "1.0000001",
        new string('k', 100_000), "-9223372036854775808", "18446744073709551616", "+09:00", "-14:00", "24:00", "25:00",
    ];

    public static byte[] Apply(string text, IReadOnlyList<Mutation> mutations)
    {
        foreach (var m in mutations.Where(m => m.Kind != MutationKind.FlipByte)) text = Apply(text, m);
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var m in mutations.Where(m => m.Kind == MutationKind.FlipByte))
            if (bytes.Length > 0) bytes[m.A % bytes.Length] = (byte)(m.Pick & 0xFF);
        return bytes;
    }

    private static string Apply(string text, Mutation m)
    {
        var lines = text.Split('\n').ToList();
        var at = m.A % lines.Count;
        switch (m.Kind)
        {
            case MutationKind.ReplaceChar:
                if (text.Length == 0) return Characters[m.Pick % Characters.Length];
                var position = m.A % text.Length;
                return text[..position] + Characters[m.Pick % Characters.Length] + text[(position + 1)..];
            case MutationKind.DeleteLine:
                lines.RemoveAt(at);
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(m.B % lines.Count, lines[at]);
                break;
            case MutationKind.SwapValues:
                var withValues = lines.Select((l, i) => (l, i)).Where(x => x.l.Contains(": ", StringComparison.Ordinal)).Select(x => x.i).ToArray();
                if (withValues.Length < 2) break;
                var (i1, i2) = (withValues[m.A % withValues.Length], withValues[m.B % withValues.Length]);
                var (k1, v1) = Split(lines[i1]);
                var (k2, v2) = Split(lines[i2]);
                lines[i1] = k1 + v2;
                lines[i2] = k2 + v1;
                break;
            case MutationKind.ReplaceValue:
                var candidates = lines.Select((l, i) => (l, i)).Where(x => x.l.Contains(": ", StringComparison.Ordinal)).Select(x => x.i).ToArray();
                if (candidates.Length == 0) break;
                var line = candidates[m.A % candidates.Length];
                lines[line] = Split(lines[line]).Key + Values[m.Pick % Values.Length];
                break;
            case MutationKind.InsertNesting:
                var depth = 10 + m.Pick % 30_000;
                lines.Insert(at, "nested: " + string.Concat(Enumerable.Repeat(m.B % 2 == 0 ? "{a: " : "[", depth)));
                break;
            case MutationKind.InsertAliasBomb:
                lines.Insert(at, AliasBomb(m.Pick % 2 == 0));
                break;
            case MutationKind.IndentWithTab:
                lines[at] = "\t" + lines[at].TrimStart(' ');
                break;
            case MutationKind.PrependByteOrderMark:
                return "\uFEFF" + text;
            case MutationKind.InsertJunkLine:
                var junk = new StringBuilder();
                var seed = (uint)m.Pick;
                for (var i = 0; i < 1 + m.B % 200; i++)
                {
                    seed = seed * 1_664_525 + 1_013_904_223;
                    junk.Append((char)(seed >> 24));
                }

                lines.Insert(at, junk.ToString());
                break;
            case MutationKind.Truncate:
                return text[..(m.A % (text.Length + 1))];
        }

        return string.Join('\n', lines);
    }

    private static (string Key, string Value) Split(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return (line[..(colon + 2)], line[(colon + 2)..]);
    }

    private static string AliasBomb(bool asKey)
    {
        var sb = new StringBuilder("b0: &b0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 9; level++)
            sb.Append($"b{level}: &b{level} [{string.Join(", ", Enumerable.Repeat($"*b{level - 1}", 10))}]\n");
        sb.Append(asKey ? "? *b8\n: 1" : "bomb: *b8");
        return sb.ToString();
    }
}
