using System.Globalization;
using System.Net;
using System.Text;

namespace CoopSim.Cli.Report;

/// <summary>
/// A small SVG writer: numbers in invariant culture with two decimals (the same run gives the same bytes), all
/// text HTML-escaped. Every mark that stands for a measured value carries <c>class="point"</c>, so a reader (or
/// a test) can tell a chart with data from an empty frame.
/// </summary>
internal sealed class Svg(double width, double height, string title)
{
    private readonly StringBuilder _body = new();

    public double Width { get; } = width;
    public double Height { get; } = height;

    public static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    public static string E(string text) => WebUtility.HtmlEncode(text);

    public Svg Raw(string element)
    {
        _body.Append(element).Append('\n');
        return this;
    }

    public Svg Line(double x1, double y1, double x2, double y2, string cls, string? tip = null) =>
        Raw($"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" class=\"{cls}\">{Tip(tip)}</line>");

    public Svg Rect(double x, double y, double w, double h, string cls, string? fill = null, string? tip = null) =>
        Raw($"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, w))}\" height=\"{N(Math.Max(0, h))}\" class=\"{cls}\"{(fill is null ? "" : $" fill=\"{fill}\"")}>{Tip(tip)}</rect>");

    public Svg Circle(double x, double y, double r, string cls, string? fill = null, string? tip = null) =>
        Raw($"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(r)}\" class=\"{cls}\"{(fill is null ? "" : $" fill=\"{fill}\"")}>{Tip(tip)}</circle>");

    public Svg Path(string d, string cls, string? stroke = null, string? fill = null) =>
        Raw($"<path d=\"{d}\" class=\"{cls}\"{(stroke is null ? "" : $" stroke=\"{stroke}\"")}{(fill is null ? "" : $" fill=\"{fill}\"")}/>");

    public Svg Text(double x, double y, string text, string cls = "label", string anchor = "start") =>
        Raw($"<text x=\"{N(x)}\" y=\"{N(y)}\" class=\"{cls}\" text-anchor=\"{anchor}\">{E(text)}</text>");

    public override string ToString() =>
        $"<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {N(Width)} {N(Height)}\" width=\"{N(Width)}\" height=\"{N(Height)}\" xmlns=\"http://www.w3.org/2000/svg\"><title>{E(title)}</title>\n{_body}</svg>";

    private static string Tip(string? tip) => tip is null ? "" : $"<title>{E(tip)}</title>";
}
