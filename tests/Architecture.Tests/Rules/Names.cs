using Mono.Cecil;

namespace Portal.Architecture.Tests.Rules;

/// <summary>How rules spell types: reflection-style full names, nested types joined with '+'.</summary>
internal static class Names
{
    public static string Of(TypeReference type) => type.FullName.Replace('/', '+');

    public static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    /// <summary>The assembly a type reference points into; a type of the module being read belongs to that module's assembly.</summary>
    public static string AssemblyOf(TypeReference type) => Outermost(type).Scope switch
    {
        AssemblyNameReference assembly => assembly.Name,
        ModuleDefinition module => module.Assembly.Name.Name,
        ModuleReference module => module.Name,
        var other => other.Name,
    };
}
