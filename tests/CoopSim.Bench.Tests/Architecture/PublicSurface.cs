using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace CoopSim.Bench.Tests.Architecture;

/// <summary>
/// Which of a project's public types another project of the tool needs: the ones another assembly names (its
/// type references, read from the built assembly's metadata), and every public type those reach through their
/// public signatures (base types, interfaces, fields, properties, parameters, results), since the compiler
/// would refuse them internal.
/// </summary>
internal static class PublicSurface
{
    /// <summary>The tool's assemblies: every src project's, the CLI's by its assembly name.</summary>
    public static IReadOnlyList<Assembly> ToolAssemblies() =>
        SourceGraph.Projects().Select(p => p == "CoopSim.Cli" ? "coopsim" : p).Select(Assembly.Load).ToArray();

    /// <summary>Public types no other assembly of <paramref name="assemblies"/> needs (Orleans' generated code aside).</summary>
    public static IEnumerable<string> NeedlesslyPublic(IReadOnlyList<Assembly> assemblies)
    {
        var names = assemblies.Select(a => a.GetName().Name!).ToHashSet(StringComparer.Ordinal);
        var named = assemblies.SelectMany(a => TypesNamedFromOutside(a, names)).ToHashSet(StringComparer.Ordinal);
        var needed = new HashSet<Type>();
        foreach (var type in assemblies.SelectMany(a => a.GetExportedTypes()))
            if (named.Contains(type.Assembly.GetName().Name + ":" + type.FullName) || HoldsConstants(type)) Expose(type, names, needed);
        return assemblies.SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsNested && !needed.Contains(t) && !IsGenerated(t))
            .Select(t => t.Assembly.GetName().Name + ": " + t.FullName).Order(StringComparer.Ordinal);
    }

    /// <summary>"assembly:namespace.name" of each type <paramref name="assembly"/> references in another of <paramref name="tool"/>.</summary>
    private static IEnumerable<string> TypesNamedFromOutside(Assembly assembly, HashSet<string> tool)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        var self = assembly.GetName().Name;
        var found = new List<string>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            if (reference.ResolutionScope.Kind != HandleKind.AssemblyReference) continue;
            var target = metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name);
            if (target == self || !tool.Contains(target)) continue;
            found.Add(target + ":" + metadata.GetString(reference.Namespace) + "." + metadata.GetString(reference.Name));
        }

        return found;
    }

    private static void Expose(Type? type, HashSet<string> tool, HashSet<Type> needed)
    {
        if (type is null || type.IsGenericParameter) return;
        if (type.HasElementType)
        {
            Expose(type.GetElementType(), tool, needed);
            return;
        }

        if (type.IsConstructedGenericType)
        {
            foreach (var argument in type.GetGenericArguments()) Expose(argument, tool, needed);
            Expose(type.GetGenericTypeDefinition(), tool, needed);
            return;
        }

        if (!tool.Contains(type.Assembly.GetName().Name!) || !type.IsVisible || !needed.Add(type)) return;
        Expose(type.BaseType, tool, needed);
        foreach (var face in type.GetInterfaces()) Expose(face, tool, needed);
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(declared).Where(f => f.IsPublic || f.IsFamily)) Expose(field.FieldType, tool, needed);
        foreach (var property in type.GetProperties(declared)) Expose(property.PropertyType, tool, needed);
        foreach (var method in type.GetMethods(declared).Where(m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly))
        {
            Expose(method.ReturnType, tool, needed);
            foreach (var parameter in method.GetParameters()) Expose(parameter.ParameterType, tool, needed);
        }

        foreach (var constructor in type.GetConstructors(declared).Where(c => c.IsPublic || c.IsFamily))
            foreach (var parameter in constructor.GetParameters()) Expose(parameter.ParameterType, tool, needed);
        foreach (var nested in type.GetNestedTypes(BindingFlags.Public)) Expose(nested, tool, needed);
    }

    /// <summary>Orleans' serializer and proxy code, generated public in the grains' assembly.</summary>
    private static bool IsGenerated(Type type) =>
        type.Namespace?.StartsWith("OrleansCodeGen", StringComparison.Ordinal) == true || type.FullName == "Program";

    /// <summary>
    /// A constant is copied into the assembly that uses it and leaves no reference behind, so a type that offers
    /// constants is taken as used from outside.
    /// </summary>
    private static bool HoldsConstants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.IsLiteral);
}
