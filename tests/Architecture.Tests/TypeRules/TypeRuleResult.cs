using NetArchTest.Rules;

namespace Portal.Architecture.Tests.TypeRules;

/// <summary>
/// A NetArchTest rule's outcome with what it looked at: the full names of the types its selection returned
/// (<c>GetTypes()</c>) and of those that broke it, so a rule that selected nothing can be told apart from one that holds.
/// </summary>
public sealed record TypeRuleResult(IReadOnlyList<string> Selected, IReadOnlyList<string> Failing)
{
    /// <summary>Every type of <paramref name="types"/>, judged by <paramref name="condition"/>.</summary>
    public static TypeRuleResult Of(Types types, Func<Conditions, ConditionList> condition)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(condition);
        return From(types.GetTypes(), condition(types.Should()));
    }

    /// <summary>The types <paramref name="selection"/> picked, judged by <paramref name="condition"/>.</summary>
    public static TypeRuleResult Of(PredicateList selection, Func<Conditions, ConditionList> condition)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(condition);
        return From(selection.GetTypes(), condition(selection.Should()));
    }

    public override string ToString() =>
        $"{Failing.Count} of {Selected.Count} selected types break the rule:{Environment.NewLine}" + string.Join(Environment.NewLine, Failing);

    private static TypeRuleResult From(IEnumerable<Type> selected, ConditionList condition)
    {
        var result = condition.GetResult();
        return new(
            [.. selected.Select(t => t.FullName ?? t.Name).Order(StringComparer.Ordinal)],
            [.. (result.FailingTypeNames ?? []).Order(StringComparer.Ordinal)]);
    }
}
