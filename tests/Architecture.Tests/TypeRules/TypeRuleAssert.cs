namespace Portal.Architecture.Tests.TypeRules;

/// <summary>Assertions every NetArchTest rule goes through, so that no rule can pass by selecting nothing.</summary>
public static class TypeRuleAssert
{
    public static void Holds(TypeRuleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.True(result.Selected.Count > 0, "The rule selected no type, so it proves nothing: check its selection.");
        Assert.True(result.Failing.Count == 0, result.ToString());
    }

    /// <summary>For the fixture: the rule selected types and <paramref name="typeName"/> is among those breaking it.</summary>
    public static void Reports(TypeRuleResult result, string typeName)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.True(result.Selected.Count > 0, "The rule selected no type in the fixture.");
        Assert.True(result.Failing.Contains(typeName), $"Expected {typeName} among: {result}");
    }

    /// <summary>For the fixture: <paramref name="typeName"/> was judged by the rule and kept it.</summary>
    public static void DoesNotReport(TypeRuleResult result, string typeName)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.Contains(typeName, result.Selected);
        Assert.False(result.Failing.Contains(typeName), $"Did not expect {typeName} among: {result}");
    }
}
