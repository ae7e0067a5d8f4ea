using Mono.Cecil;

namespace Portal.Architecture.Tests.Rules;

/// <summary>What the selected types must satisfy; each condition evaluates to a <see cref="RuleResult"/>.</summary>
public sealed class TypeConditions
{
    private readonly TypeSelection selection;

    internal TypeConditions(TypeSelection selection) => this.selection = selection;

    /// <summary>No dependency of a selected type matches any of <paramref name="forbidden"/>.</summary>
    public RuleResult NotDependOnAny(params DependencyPattern[] forbidden) =>
        Check(d => forbidden.Any(p => p.Matches(d)));

    /// <summary>A convention: <paramref name="problems"/> lists what is wrong with one type (nothing when it complies).</summary>
    public RuleResult Satisfy(Func<TypeDefinition, IEnumerable<Violation>> problems)
    {
        var selected = selection.Selected;
        return RuleResult.From(selected.Count, selected.SelectMany(problems));
    }

    private RuleResult Check(Func<Dependency, bool> isViolation)
    {
        var selected = selection.Selected;
        var violations =
            from type in selected
            from dependency in selection.Assembly.DependenciesOf(type)
            where isViolation(dependency)
            select new Violation(Names.Of(type), dependency.Target, dependency.Via);
        return RuleResult.From(selected.Count, violations);
    }
}
