using Mono.Cecil;
using Portal.Architecture.Tests.Rules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// Web reaches the application through MediatR's IMediator only: no Web type depends on a port or a handler, and only
/// the composition root (Program, whose top-level statements compile to Program and its nested compiler-generated
/// types, and a DependencyInjection or CompositionRoot class) touches the adapters, and then only their
/// DependencyInjection extension classes.
/// </summary>
public sealed class WebTalksToMediatorOnlyRule
{
    private const string FixtureWeb = "Portal.Architecture.Tests.BadFixture.Web.";

    private static readonly string[] CompositionRootNames = ["Program", "DependencyInjection", "CompositionRoot"];

    private static readonly DependencyPattern AnyAdapter = DependencyPattern.Assembly("Portal.Adapters.*");

    public static TheoryData<string, string> WebAndApplication => new() { { PortalWeb, PortalApplication } };

    public static TheoryData<string> WebAssemblies => AllOf(PortalWeb);

    [Theory]
    [MemberData(nameof(WebAssemblies))]
    public void Web_types_do_not_depend_on_ports(string web) => RuleAssert.Holds(PortUsers(Load(web)));

    [Theory]
    [MemberData(nameof(WebAssemblies))]
    public void Only_the_composition_root_touches_adapters(string web) => RuleAssert.Holds(AdapterUsersOutsideCompositionRoot(Load(web)));

    [Theory]
    [MemberData(nameof(WebAssemblies))]
    public void Composition_root_touches_only_the_adapters_DependencyInjection_classes(string web) =>
        RuleAssert.Holds(CompositionRootReachingIntoAdapters(Load(web)));

    [Theory]
    [MemberData(nameof(WebAndApplication))]
    public void Web_types_do_not_reference_handlers(string web, string application)
    {
        Assert.Contains(Load(application).Types, MediatorConventions.IsHandler);
        RuleAssert.Holds(HandlerUsers(Load(web), Load(application)));
    }

    [Fact]
    public void Fixture_as_Web_is_caught_taking_a_port() =>
        RuleAssert.Reports(PortUsers(Load(Fixture)), FixtureWeb + "TenantsPage", "Portal.Application.Tenants.Ports.ITenantDirectory");

    [Fact]
    public void Fixture_as_Web_is_caught_touching_an_adapter_outside_the_composition_root() =>
        RuleAssert.Reports(AdapterUsersOutsideCompositionRoot(Load(Fixture)), FixtureWeb + "TenantsPage", "Portal.Adapters.Nats.Messaging.IMessageBus");

    [Fact]
    public void Fixture_as_Web_is_caught_with_a_composition_root_reaching_past_DependencyInjection()
    {
        var result = CompositionRootReachingIntoAdapters(Load(Fixture));
        RuleAssert.Reports(result, FixtureWeb + "CompositionRoot", "Portal.Adapters.Nats.Messaging.IMessageBus");
        Assert.DoesNotContain(result.Violations, v => v.Source == FixtureWeb + "TenantsPage");
    }

    [Fact]
    public void Fixture_as_Web_is_caught_referencing_a_handler() =>
        RuleAssert.Reports(
            HandlerUsers(Load(Fixture), Load(Fixture)),
            FixtureWeb + "TenantsPage",
            "Portal.Architecture.Tests.BadFixture.Requests.TwoHandlerQueryHandler");

    public static RuleResult PortUsers(LoadedAssembly web) =>
        Types.InAssembly(web).Should().NotDependOnAny(MediatorConventions.ApplicationPort);

    public static RuleResult AdapterUsersOutsideCompositionRoot(LoadedAssembly web) =>
        Types.InAssembly(web).That().Are(t => !IsCompositionRoot(t)).Should().NotDependOnAny(AnyAdapter);

    public static RuleResult CompositionRootReachingIntoAdapters(LoadedAssembly web) =>
        Types.InAssembly(web).That().Are(IsCompositionRoot).Should().NotDependOnAny(
            AnyAdapter.Except(DependencyPattern.Type("*.DependencyInjection")));

    public static RuleResult HandlerUsers(LoadedAssembly web, LoadedAssembly application)
    {
        var handlers = application.Types.Where(MediatorConventions.IsHandler).Select(Names.Of).ToHashSet(StringComparer.Ordinal);
        return Types.InAssembly(web).Should().NotDependOnAny(
            DependencyPattern.Where($"a handler of {application.Name}", d => handlers.Contains(d.TypeName)));
    }

    /// <summary>Program (top-level statements; its lambdas and state machines are nested in it) or a DependencyInjection / CompositionRoot class.</summary>
    private static bool IsCompositionRoot(TypeDefinition type) =>
        (type.Name == "Program" && type.Namespace.Length == 0)
        || (type.Name is "DependencyInjection" or "CompositionRoot");
}
