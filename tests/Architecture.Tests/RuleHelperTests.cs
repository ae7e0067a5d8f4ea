using Portal.Architecture.Tests.Rules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>The Cecil rule helper itself: selection, attribution of compiler-generated code, and the violation format.</summary>
public sealed class RuleHelperTests
{
    private const string State = "Portal.Architecture.Tests.BadFixture.State";

    [Fact]
    public void A_lambda_closure_is_charged_to_the_type_that_wrote_the_lambda()
    {
        var result = Types.InAssembly(Load(Fixture)).Should()
            .NotDependOnAny(DependencyPattern.Type("Microsoft.Extensions.Caching.Memory.ICacheEntry"));

        var violation = Assert.Single(result.Violations);
        Assert.Equal($"{State}.CachingCalculator", violation.Source);
        var calculator = Load(Fixture).Types.Single(t => t.Name == "CachingCalculator");
        Assert.Contains(
            Load(Fixture).DependenciesOf(calculator),
            d => d.TypeName == "Microsoft.Extensions.Caching.Memory.ICacheEntry" && d.Via.Contains("<>c", StringComparison.Ordinal));
    }

    [Fact]
    public void A_violation_names_the_type_the_reference_and_where_it_sits()
    {
        var result = Types.InAssembly(Load(Fixture)).Should().NotDependOnAny(DependencyPattern.Type("System.Data.DataSet"));

        Assert.Contains(
            $"{State}.ReportWithDataSet -> System.Data.DataSet (field rows)",
            result.Violations.Select(v => v.ToString()));
    }

    [Fact]
    public void A_validator_deriving_through_a_generic_base_validates_the_request_it_passes_to_the_base()
    {
        var validator = Load(PortalApplication).Types.Single(t => t.Name == "GetClaimQueryValidator");

        Assert.Equal("Portal.Application.Common.Validation.TenantScopedValidator`1", validator.BaseType.GetElementType().FullName);
        Assert.Equal(["Portal.Application.Claims.Queries.GetClaim.GetClaimQuery"], MediatorConventions.ValidatedTypes(validator));
        Assert.True(MediatorConventions.IsValidator(validator));
    }

    [Fact]
    public void An_abstract_base_of_validators_is_not_a_validator()
    {
        var validatorBase = Load(PortalApplication).Types.Single(t => t.Name == "TenantScopedValidator`1");

        Assert.NotEmpty(MediatorConventions.ValidatedTypes(validatorBase));
        Assert.False(MediatorConventions.IsValidator(validatorBase));
    }

    [Fact]
    public void A_rule_that_selects_nothing_does_not_hold()
    {
        var result = Types.InAssembly(Load(Fixture)).That().Are(_ => false).Should().NotDependOnAny(DependencyPattern.Type("*"));

        Assert.Equal(0, result.SelectedCount);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => RuleAssert.Holds(result));
    }
}
