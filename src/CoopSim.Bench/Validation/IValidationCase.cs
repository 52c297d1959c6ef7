using CoopSim.Simulation.Engine;

namespace CoopSim.Bench.Validation;

/// <summary>One generated world and the closed-form checks of its run.</summary>
public interface IValidationCase
{
    GeneratedScenario Scenario { get; }

    CaseVerdict Evaluate(SimulationRun run, ValidationLevel level);
}
