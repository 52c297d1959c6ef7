namespace CoopSim.Model.World;

/// <summary>Whether a hop over a channel needs translation before the recipient can act.</summary>
public enum TranslationMode
{
    /// <summary>Only when the sending and receiving agencies share no working language.</summary>
    Auto,
    Always,
    Never,
}
