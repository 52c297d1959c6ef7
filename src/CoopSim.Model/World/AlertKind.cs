namespace CoopSim.Model.World;

public enum AlertKind
{
    WantedPerson,
    EntryBlock,
    DrugIntelligence,
    ExtremistInfo,
    FraudBulletin,
    EvidenceRequest,
}
