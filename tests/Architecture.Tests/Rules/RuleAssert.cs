namespace Portal.Architecture.Tests.Rules;

/// <summary>Assertions every rule test goes through, so no rule can pass by selecting nothing.</summary>
public static class RuleAssert
{
    public static void Holds(RuleResult result)
    {
        Assert.True(result.SelectedCount > 0, "The rule selected nothing, so it proves nothing: check its selection.");
        Assert.True(result.Violations.Count == 0, result.ToString());
    }

    /// <summary>For the fixture: the rule selected something and reports <paramref name="source"/> holding <paramref name="reference"/>.</summary>
    public static void Reports(RuleResult result, string source, string reference)
    {
        Assert.True(result.SelectedCount > 0, "The rule selected nothing in the fixture.");
        Assert.True(result.HasViolation(source, reference), $"Expected '{source} -> {reference}' among: {result}");
    }

    public static void DoesNotReport(RuleResult result, string source, string reference) =>
        Assert.False(result.HasViolation(source, reference), $"Did not expect '{source} -> {reference}' among: {result}");
}
