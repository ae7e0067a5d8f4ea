namespace Portal.Architecture.Tests.Rules;

/// <summary>Entry point of the reference rules, about an assembly's metadata references and deps.json libraries.</summary>
public static class References
{
    public static ReferenceConditions Of(LoadedAssembly assembly) => new(assembly);
}
