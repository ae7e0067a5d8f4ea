using Portal.Architecture.Tests.TypeRules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>The NetArchTest side's own guarantees: a rule that selects nothing fails, and a failing type is named.</summary>
public sealed class TypeRuleAssertTests
{
    [Fact]
    public void A_NetArchTest_rule_that_selects_nothing_does_not_hold()
    {
        var result = TypeRuleResult.Of(
            TypesIn(Fixture).That().ResideInNamespace("No.Such.Namespace"),
            types => types.NotHaveDependencyOn("System"));

        Assert.Empty(result.Selected);
        Assert.Empty(result.Failing);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TypeRuleAssert.Holds(result));
    }

    [Fact]
    public void A_NetArchTest_rule_names_each_type_that_breaks_it_among_those_it_selected()
    {
        var result = TypeRuleResult.Of(TypesIn(Fixture), types => types.NotHaveDependencyOn("System.Data"));

        Assert.Equal(
            ["Portal.Architecture.Tests.BadFixture.State.ReportWithDataSet", "Portal.Architecture.Tests.BadFixture.State.SqlProbe"],
            result.Failing);
        Assert.Contains("Portal.Architecture.Tests.BadFixture.State.HtmlEncoding", result.Selected);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TypeRuleAssert.Holds(result));
    }
}
