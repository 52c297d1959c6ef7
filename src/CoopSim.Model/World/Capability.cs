namespace CoopSim.Model.World;

[Flags]
public enum Capability
{
    None = 0,
    BlockEntry = 1,
    Arrest = 2,
    Relay = 4,
}
