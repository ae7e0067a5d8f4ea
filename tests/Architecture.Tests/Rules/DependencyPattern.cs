namespace Portal.Architecture.Tests.Rules;

/// <summary>
/// What a rule forbids or allows: type names, members or assemblies, matched with <see cref="Glob"/> patterns on full
/// names (<c>Microsoft.EntityFrameworkCore*</c> is every type in that namespace tree).
/// </summary>
public sealed class DependencyPattern
{
    private readonly Func<Dependency, bool> matchesDependency;
    private readonly Func<string, bool> matchesAssembly;

    private DependencyPattern(string description, Func<Dependency, bool> matchesDependency, Func<string, bool> matchesAssembly)
    {
        Description = description;
        this.matchesDependency = matchesDependency;
        this.matchesAssembly = matchesAssembly;
    }

    public string Description { get; }

    /// <summary>Types whose full name (nested types joined with '+') matches <paramref name="glob"/>.</summary>
    public static DependencyPattern Type(string glob) =>
        new(glob, d => Glob.IsMatch(d.TypeName, glob), _ => false);

    /// <summary>Members written <c>Full.Type.Name::memberName</c>, e.g. <c>*::get_TempData</c> for every TempData getter.</summary>
    public static DependencyPattern Member(string glob) =>
        new(glob, d => d.MemberName is not null && Glob.IsMatch(d.Target, glob), _ => false);

    /// <summary>Every type from an assembly whose name matches, and the assembly or package reference itself.</summary>
    public static DependencyPattern Assembly(string glob) =>
        new($"assembly {glob}", d => Glob.IsMatch(d.AssemblyName, glob, ignoreCase: true), name => Glob.IsMatch(name, glob, ignoreCase: true));

    /// <summary>This pattern, minus what <paramref name="exception"/> matches.</summary>
    public DependencyPattern Except(DependencyPattern exception) =>
        new(
            $"{Description} except {exception.Description}",
            d => matchesDependency(d) && !exception.matchesDependency(d),
            name => matchesAssembly(name) && !exception.matchesAssembly(name));

    public bool Matches(Dependency dependency) => matchesDependency(dependency);

    public bool MatchesAssembly(string assemblyName) => matchesAssembly(assemblyName);

    public override string ToString() => Description;
}
