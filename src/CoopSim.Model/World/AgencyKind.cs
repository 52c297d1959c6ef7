namespace CoopSim.Model.World;

public enum AgencyKind
{
    NationalPolice,
    InteriorMinistry,
    Ncb,
    BorderImmigration,
    NationalGuard,
    SecurityService,
    RegionalCentre,
    LiaisonDesk,
    InternationalSecretariat,
}
