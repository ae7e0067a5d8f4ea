namespace Portal.Architecture.Tests.Rules;

/// <summary>Entry point of the type rules: <c>Types.InAssembly(a).That()...Should()...</c>.</summary>
public static class Types
{
    public static TypeSelection InAssembly(LoadedAssembly assembly) => new(assembly, []);
}
