namespace CoopSim.Model.World;

public enum Priority
{
    Urgent,
    Routine,
}
