using CoopSim.Orleans.Wire;
using CoopSim.Simulation.Results;

// The kernel's records that cross grains (messages, agency work and answers, reports, replication metrics) carry
// Orleans' serializer attributes, but the kernel references only the attributes package: their codecs are
// generated here, in the project that hosts the grains, so no hand-written copy of a kernel record is needed.
[assembly: GenerateCodeForDeclaringAssembly(typeof(DelayVector))]

namespace CoopSim.Orleans.Wire;

/// <summary>Names the assembly-level request above in documentation; it holds nothing.</summary>
internal static class KernelRecords;
