using Portal.Architecture.Tests.Rules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// Ports (public interfaces in a <c>.Ports</c> namespace) speak only Domain, Application and System types, and every
/// method takes a <see cref="CancellationToken"/>.
/// </summary>
public sealed class PortsSpeakDomainAndTakeCancellationRule
{
    private const string LeakyRegistry = "Portal.Architecture.Tests.BadFixture.Ports.ILeakyRegistry";

    public static TheoryData<string> ApplicationAssemblies => AllOf(PortalApplication);

    [Theory]
    [MemberData(nameof(ApplicationAssemblies))]
    public void Ports_use_only_domain_application_and_system_types(string assembly) =>
        RuleAssert.Holds(ForeignTypes(Load(assembly)));

    [Theory]
    [MemberData(nameof(ApplicationAssemblies))]
    public void Every_port_method_takes_a_cancellation_token(string assembly) =>
        RuleAssert.Holds(MissingCancellation(Load(assembly)));

    [Fact]
    public void Fixture_is_caught_with_an_adapter_type_in_a_port()
    {
        RuleAssert.Reports(ForeignTypes(Load(Fixture)), LeakyRegistry, "Portal.Adapters.Nats.Messaging.BusMessage");
    }

    [Fact]
    public void Fixture_is_caught_with_a_port_method_without_cancellation()
    {
        RuleAssert.Reports(MissingCancellation(Load(Fixture)), LeakyRegistry, "method FetchAsync");
    }

    /// <summary>Types from the port's own assembly count as Application types (the fixture stands in for Application).</summary>
    public static RuleResult ForeignTypes(LoadedAssembly subject) =>
        Types.InAssembly(subject).That().Are(MediatorConventions.IsPort).Should().OnlyDependOn(
            DependencyPattern.Type("System.*"),
            DependencyPattern.Assembly(PortalDomain),
            DependencyPattern.Assembly(PortalApplication));

    public static RuleResult MissingCancellation(LoadedAssembly subject) =>
        Types.InAssembly(subject).That().Are(MediatorConventions.IsPort).Should().Satisfy(port =>
            port.Methods
                .Where(m => !m.Parameters.Any(p => p.ParameterType.FullName == "System.Threading.CancellationToken"))
                .Select(m => new Violation(Names.Of(port), $"method {m.Name}", "every port method takes a CancellationToken")));
}
