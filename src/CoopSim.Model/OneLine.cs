using System.Text;

namespace CoopSim.Model;

/// <summary>
/// Makes user text safe for a one-line message: line breaks and other control characters become visible
/// escapes (so an error never spills onto a second line that scripts and editors would misread), and very long
/// text is cut, so that a pasted megabyte does not become a megabyte-long error.
/// </summary>
public static class OneLine
{
    public const int DefaultMaxLength = 400;

    public static string Of(string text, int maxLength = DefaultMaxLength)
    {
        var needsWork = text.Length > maxLength;
        foreach (var c in text)
        {
            if (!IsBreaking(c)) continue;
            needsWork = true;
            break;
        }

        if (!needsWork) return text;
        var sb = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        foreach (var c in text)
        {
            if (sb.Length >= maxLength)
            {
                sb.Append('…');
                break;
            }

            switch (c)
            {
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (IsBreaking(c)) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Control characters and the Unicode line and paragraph separators.</summary>
    private static bool IsBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
}
