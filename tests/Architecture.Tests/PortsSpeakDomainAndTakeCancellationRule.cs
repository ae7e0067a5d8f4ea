using NetArchTest.Rules;
using Portal.Architecture.Tests.TypeRules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// Ports (public interfaces in a <c>.Ports</c> namespace) speak only Domain, Application and System types, and every
/// method takes a <see cref="CancellationToken"/> (a NetArchTest custom rule: its conditions do not look at parameters).
/// </summary>
public sealed class PortsSpeakDomainAndTakeCancellationRule
{
    private const string LeakyRegistry = "Portal.Architecture.Tests.BadFixture.Ports.ILeakyRegistry";

    public static TheoryData<string> ApplicationAssemblies => AllOf(PortalApplication);

    [Theory]
    [MemberData(nameof(ApplicationAssemblies))]
    public void Ports_use_only_domain_application_and_system_types(string assembly) =>
        TypeRuleAssert.Holds(ForeignTypes(assembly));

    [Theory]
    [MemberData(nameof(ApplicationAssemblies))]
    public void Every_port_method_takes_a_cancellation_token(string assembly) =>
        TypeRuleAssert.Holds(MissingCancellation(assembly));

    [Fact]
    public void Fixture_is_caught_with_an_adapter_type_in_a_port() =>
        TypeRuleAssert.Reports(ForeignTypes(Fixture), LeakyRegistry);

    [Fact]
    public void Fixture_is_caught_with_a_port_method_without_cancellation() =>
        TypeRuleAssert.Reports(MissingCancellation(Fixture), LeakyRegistry);

    public static PredicateList SelectPorts(string subject) =>
        TypesIn(subject).That().ResideInNamespaceEndingWith(".Ports").And().AreInterfaces().And().ArePublic();

    /// <summary>Types from the port's own assembly count as Application types (the fixture stands in for Application).</summary>
    public static TypeRuleResult ForeignTypes(string subject) =>
        TypeRuleResult.Of(SelectPorts(subject), ports => ports.OnlyHaveDependenciesOn("System", PortalDomain, PortalApplication, subject));

    public static TypeRuleResult MissingCancellation(string subject) =>
        TypeRuleResult.Of(SelectPorts(subject), ports => ports.MeetCustomRule(new EveryMethodTakesACancellationToken()));
}
