using MediatR;
using NetArchTest.Rules;
using Portal.Architecture.Tests.TypeRules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// Requests cannot change after validation: sealed (NetArchTest's BeSealed), and settable only while being built
/// (<see cref="SettableOnlyAtInitialisation"/>, a NetArchTest custom rule, since its BeImmutable counts <c>init</c> as a setter).
/// </summary>
public sealed class RequestsAreImmutableRule
{
    private const string Requests = "Portal.Architecture.Tests.BadFixture.Requests.";

    public static TheoryData<string> ApplicationAssemblies => AllOf(PortalApplication);

    [Theory]
    [MemberData(nameof(ApplicationAssemblies))]
    public void Requests_are_sealed_and_immutable(string assembly) => TypeRuleAssert.Holds(Check(assembly));

    [Fact]
    public void Fixture_is_caught_with_an_unsealed_request_that_has_a_setter_and_a_public_field()
    {
        var result = Check(Fixture);
        TypeRuleAssert.Reports(result, Requests + "MutableCommand");
        TypeRuleAssert.DoesNotReport(result, Requests + "TwoHandlerQuery");
    }

    [Fact]
    public void An_init_only_property_is_not_a_setter_but_a_set_property_and_a_public_field_are()
    {
        var rule = new SettableOnlyAtInitialisation();
        var fixture = Load(Fixture);
        var command = fixture.Types.Single(t => t.Name == "MutableCommand");

        Assert.Equal(["field Count", "property Name"], rule.Problems(command).Order(StringComparer.Ordinal));
        Assert.Empty(rule.Problems(fixture.Types.Single(t => t.Name == "TwoHandlerQuery")));
    }

    public static PredicateList SelectRequests(string subject) =>
        TypesIn(subject).That().ImplementInterface(typeof(IRequest<>)).Or().ImplementInterface(typeof(IRequest));

    public static TypeRuleResult Check(string subject) =>
        TypeRuleResult.Of(SelectRequests(subject), requests => requests.BeSealed().And().MeetCustomRule(new SettableOnlyAtInitialisation()));
}
