using MediatR;
using Portal.Architecture.Tests.TypeRules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// Web reaches the application through MediatR's IMediator only: no Web type depends on a port or a handler, and only
/// the composition root (Program, whose top-level statements compile to Program and its compiler-generated nested types,
/// and a DependencyInjection or CompositionRoot class) touches the adapters, and then only their DependencyInjection
/// extension classes. All of it is NetArchTest; the ports, handlers and adapter types are themselves selected with it.
/// </summary>
public sealed class WebTalksToMediatorOnlyRule
{
    private const string FixtureWeb = "Portal.Architecture.Tests.BadFixture.Web.";

    private static readonly string[] CompositionRootNames = ["Program", "DependencyInjection", "CompositionRoot"];

    private static readonly string[] AdapterNamespaces = [PortalAdaptersNats, PortalAdaptersHttp];

    /// <summary>The Web assembly and the assembly whose ports and handlers it must not touch.</summary>
    public static TheoryData<string, string> WebAndApplication => new() { { PortalWeb, PortalApplication } };

    public static TheoryData<string> WebAssemblies => AllOf(PortalWeb);

    [Theory]
    [MemberData(nameof(WebAndApplication))]
    public void Web_types_do_not_depend_on_ports(string web, string application) =>
        TypeRuleAssert.Holds(PortUsers(web, application));

    [Theory]
    [MemberData(nameof(WebAndApplication))]
    public void Web_types_do_not_depend_on_handlers(string web, string application) =>
        TypeRuleAssert.Holds(HandlerUsers(web, application));

    [Theory]
    [MemberData(nameof(WebAssemblies))]
    public void Only_the_composition_root_touches_adapters(string web) =>
        TypeRuleAssert.Holds(AdapterUsersOutsideCompositionRoot(web));

    [Theory]
    [MemberData(nameof(WebAssemblies))]
    public void Composition_root_touches_only_the_adapters_DependencyInjection_classes(string web) =>
        TypeRuleAssert.Holds(CompositionRootReachingIntoAdapters(web));

    [Fact]
    public void Fixture_as_Web_is_caught_taking_a_port() =>
        TypeRuleAssert.Reports(PortUsers(Fixture, PortalApplication), FixtureWeb + "TenantsPage");

    [Fact]
    public void Fixture_as_Web_is_caught_referencing_a_handler() =>
        TypeRuleAssert.Reports(HandlerUsers(Fixture, Fixture), FixtureWeb + "TenantsPage");

    [Fact]
    public void Fixture_as_Web_is_caught_touching_an_adapter_outside_the_composition_root() =>
        TypeRuleAssert.Reports(AdapterUsersOutsideCompositionRoot(Fixture), FixtureWeb + "TenantsPage");

    [Fact]
    public void Fixture_as_Web_is_caught_with_a_composition_root_reaching_past_DependencyInjection()
    {
        var result = CompositionRootReachingIntoAdapters(Fixture);
        TypeRuleAssert.Reports(result, FixtureWeb + "CompositionRoot");
        Assert.DoesNotContain(FixtureWeb + "TenantsPage", result.Selected);
    }

    /// <summary>The namespaces of the application's ports, as NetArchTest selects them.</summary>
    public static string[] PortNamespaces(string application)
    {
        var ports = TypesIn(application).That().ResideInNamespaceEndingWith(".Ports").And().AreInterfaces().GetTypes();
        return [.. ports.Select(p => p.Namespace!).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The full names of the application's MediatR handlers, as NetArchTest selects them.</summary>
    public static string[] HandlerNames(string application) =>
        [.. TypesIn(application).That()
            .ImplementInterface(typeof(IRequestHandler<,>)).Or().ImplementInterface(typeof(IRequestHandler<>))
            .GetTypes().Select(h => h.FullName!)];

    public static TypeRuleResult PortUsers(string web, string application)
    {
        var ports = PortNamespaces(application);
        Assert.NotEmpty(ports);
        return TypeRuleResult.Of(TypesIn(web), types => types.NotHaveDependencyOnAny(ports));
    }

    public static TypeRuleResult HandlerUsers(string web, string application)
    {
        var handlers = HandlerNames(application);
        Assert.NotEmpty(handlers);
        return TypeRuleResult.Of(TypesIn(web), types => types.NotHaveDependencyOnAny(handlers));
    }

    public static TypeRuleResult AdapterUsersOutsideCompositionRoot(string web) =>
        TypeRuleResult.Of(TypesIn(web).That().DoNotHaveName(CompositionRootNames), types => types.NotHaveDependencyOnAny(AdapterNamespaces));

    /// <summary>Every adapter type but the DependencyInjection classes is off limits to the composition root.</summary>
    public static TypeRuleResult CompositionRootReachingIntoAdapters(string web)
    {
        string[] adapterInternals =
        [
            .. AdapterNamespaces.SelectMany(adapter => TypesIn(adapter).That().DoNotHaveName("DependencyInjection").GetTypes())
                .Select(t => t.FullName!),
        ];
        Assert.NotEmpty(adapterInternals);

        // HaveName(a, b, c) wants all three names at once, so the composition root is selected by one pattern.
        var compositionRoot = TypesIn(web).That().HaveNameMatching($"^({string.Join('|', CompositionRootNames)})$");
        return TypeRuleResult.Of(compositionRoot, types => types.NotHaveDependencyOnAny(adapterInternals));
    }
}
