namespace CoopSim.Cli.Report;

/// <summary>Colours that stay apart for colour-blind readers (Okabe–Ito), and the fixed ones for base and variant.</summary>
internal static class Palette
{
    public static readonly string[] Series = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
    public const string Base = "#0072B2";
    public const string Variant = "#D55E00";

    public static readonly (string Name, string Colour)[] Delays =
    [
        ("held (outage)", "#999999"), ("transit", "#0072B2"), ("office hours", "#E69F00"), ("handling", "#009E73"),
        ("translation", "#CC79A7"), ("legal review", "#D55E00"),
    ];

    public static string Of(int i) => Series[i % Series.Length];
}
