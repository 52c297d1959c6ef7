using YamlDotNet.RepresentationModel;

namespace CoopSim.Scenarios;

/// <summary>A <c>changes:</c> block written in another file (an advise candidate), with that file's name for messages.</summary>
public sealed record ChangeSet(string File, YamlNode Changes);
