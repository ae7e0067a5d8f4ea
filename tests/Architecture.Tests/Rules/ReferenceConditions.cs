namespace Portal.Architecture.Tests.Rules;

/// <summary>What an assembly's references (metadata and deps.json) must satisfy.</summary>
public sealed class ReferenceConditions
{
    private readonly LoadedAssembly assembly;

    internal ReferenceConditions(LoadedAssembly assembly) => this.assembly = assembly;

    public ReferenceConditions Should() => this;

    public RuleResult NotReferenceAny(params DependencyPattern[] forbidden) =>
        Check(name => forbidden.Any(p => p.MatchesAssembly(name)));

    public RuleResult OnlyReference(params DependencyPattern[] allowed) =>
        Check(name => !allowed.Any(p => p.MatchesAssembly(name)));

    private RuleResult Check(Func<string, bool> isViolation) =>
        RuleResult.From(
            assembly.References.Count,
            assembly.References
                .Where(r => isViolation(r.Name))
                .Select(r => new Violation(assembly.Name, r.Name, r.Description)));
}
