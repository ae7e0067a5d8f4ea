using Mono.Cecil;

namespace Portal.Architecture.Tests.Rules;

/// <summary>The top-level types of one assembly that a rule applies to, narrowed by predicates.</summary>
public sealed class TypeSelection
{
    private readonly IReadOnlyList<Func<TypeDefinition, bool>> filters;

    internal TypeSelection(LoadedAssembly assembly, IReadOnlyList<Func<TypeDefinition, bool>> filters)
    {
        Assembly = assembly;
        this.filters = filters;
    }

    public LoadedAssembly Assembly { get; }

    public IReadOnlyList<TypeDefinition> Selected => Assembly.Types.Where(t => filters.All(f => f(t))).ToList();

    public TypeSelection That() => this;

    public TypeSelection Are(Func<TypeDefinition, bool> predicate) => Where(predicate);

    public TypeConditions Should() => new(this);

    private TypeSelection Where(Func<TypeDefinition, bool> filter) => new(Assembly, [.. filters, filter]);
}
