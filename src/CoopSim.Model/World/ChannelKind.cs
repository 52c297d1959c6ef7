namespace CoopSim.Model.World;

public enum ChannelKind
{
    BilateralDesk,
    PoliceAttache,
    MouHotline,
    InterpolDiffusion,
    InterpolNotice,
    RegionalCentre,
    DomesticRelay,
    BorderWatchlist,
    DatabaseQuery,
}
