namespace Portal.Architecture.Tests.Rules;

/// <summary>
/// What a rule looked at and what it found. <see cref="SelectedCount"/> is the number of types (or, for reference rules,
/// assembly references) the rule examined, so a rule that selected nothing can be told apart from a rule that holds.
/// </summary>
public sealed record RuleResult(int SelectedCount, IReadOnlyList<Violation> Violations)
{
    public static RuleResult From(int selectedCount, IEnumerable<Violation> violations) =>
        new(selectedCount, violations
            .DistinctBy(v => (v.Source, v.Reference))
            .OrderBy(v => v.Source, StringComparer.Ordinal)
            .ThenBy(v => v.Reference, StringComparer.Ordinal)
            .ToList());

    public bool HasViolation(string source, string reference) =>
        Violations.Any(v => v.Source == source && v.Reference == reference);

    public override string ToString() =>
        $"{Violations.Count} violation(s) among {SelectedCount} selected:{Environment.NewLine}" +
        string.Join(Environment.NewLine, Violations);
}
