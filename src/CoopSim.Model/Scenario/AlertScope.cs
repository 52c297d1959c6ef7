namespace CoopSim.Model.Scenario;

/// <summary>The countries an alert is meant for; <see cref="Global"/> means every country (an INTERPOL notice).</summary>
public sealed record AlertScope(bool Global, IReadOnlySet<string> Countries)
{
    public static readonly AlertScope Everywhere = new(true, new HashSet<string>());

    public bool Includes(string country) => Global || Countries.Contains(country);
}
