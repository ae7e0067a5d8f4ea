using Portal.Architecture.Tests.Rules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// Dependencies point inwards: Domain uses none of ours, Application only Domain, each adapter only Application and
/// Domain; nothing under src touches the demo backend or a test assembly; Domain and Application use only the external
/// assemblies on their allow-lists.
/// </summary>
public sealed class LayerDirectionRule
{
    /// <summary>For each layer, the assemblies of ours it may use besides itself.</summary>
    private static readonly Dictionary<string, string[]> InnerLayers = new(StringComparer.Ordinal)
    {
        [PortalDomain] = [],
        [PortalApplication] = [PortalDomain],
        [PortalAdaptersNats] = [PortalApplication, PortalDomain],
        [PortalAdaptersHttp] = [PortalApplication, PortalDomain],
        [PortalWeb] = [PortalApplication, PortalDomain, PortalAdaptersNats, PortalAdaptersHttp],
    };

    private static readonly DependencyPattern[] DemoAndTestAssemblies =
    [
        DependencyPattern.Assembly("Portal.Demo*"),
        DependencyPattern.Assembly("*Tests*"),
        DependencyPattern.Assembly("*Testing*"),
        DependencyPattern.Assembly("*TestHost*"),
        DependencyPattern.Assembly("*TestPlatform*"),
        DependencyPattern.Assembly("Microsoft.NET.Test.Sdk"),
        DependencyPattern.Assembly("xunit*"),
    ];

    private static readonly DependencyPattern[] BaseLibrary =
        [DependencyPattern.Assembly("System"), DependencyPattern.Assembly("System.*"), DependencyPattern.Assembly("netstandard"), DependencyPattern.Assembly("mscorlib")];

    /// <summary>The external assemblies each allow-listed layer may use (besides our own inner layers).</summary>
    private static readonly Dictionary<string, DependencyPattern[]> ExternalAllowList = new(StringComparer.Ordinal)
    {
        [PortalDomain] = BaseLibrary,
        [PortalApplication] =
        [
            .. BaseLibrary,
            DependencyPattern.Assembly("Microsoft.Extensions.*.Abstractions"),
            DependencyPattern.Assembly("Microsoft.Extensions.DependencyModel"), // brought by Scrutor
            DependencyPattern.Assembly("MediatR"),
            DependencyPattern.Assembly("FluentValidation"),
            DependencyPattern.Assembly("Scrutor"),
        ],
    };

    public static TheoryData<string> Layers => AllOf([.. InnerLayers.Keys]);

    public static TheoryData<string> AllowListedLayers => AllOf([.. ExternalAllowList.Keys]);

    public static TheoryData<string> SrcAssemblies => AllOf([.. Src]);

    [Theory]
    [MemberData(nameof(Layers))]
    public void Types_use_only_inner_layers(string layer) =>
        RuleAssert.Holds(TypesOutsideInnerLayers(layer, Load(layer)));

    [Theory]
    [MemberData(nameof(Layers))]
    public void Assembly_references_only_inner_layers(string layer) =>
        RuleAssert.Holds(ReferencesOutsideInnerLayers(layer, Load(layer)));

    [Theory]
    [MemberData(nameof(SrcAssemblies))]
    public void Nothing_under_src_uses_the_demo_backend_or_tests(string assembly)
    {
        RuleAssert.Holds(Types.InAssembly(Load(assembly)).Should().NotDependOnAny(DemoAndTestAssemblies));
        RuleAssert.Holds(References.Of(Load(assembly)).Should().NotReferenceAny(DemoAndTestAssemblies));
    }

    [Theory]
    [MemberData(nameof(AllowListedLayers))]
    public void Types_use_only_allow_listed_external_assemblies(string layer) =>
        RuleAssert.Holds(TypesOutsideAllowList(layer, Load(layer)));

    [Theory]
    [MemberData(nameof(AllowListedLayers))]
    public void Assembly_references_and_packages_are_allow_listed(string layer) =>
        RuleAssert.Holds(ReferencesOutsideAllowList(layer, Load(layer)));

    [Fact]
    public void Fixture_as_Domain_is_caught_using_an_Application_port()
    {
        var fixture = Load(Fixture);
        RuleAssert.Reports(
            TypesOutsideInnerLayers(PortalDomain, fixture),
            "Portal.Architecture.Tests.BadFixture.Layering.DomainModelUsingApplication",
            "Portal.Application.Tenants.Ports.ITenantDirectory");
        RuleAssert.Reports(ReferencesOutsideInnerLayers(PortalDomain, fixture), Fixture, PortalApplication);
    }

    [Fact]
    public void Fixture_as_the_Http_adapter_is_caught_using_the_Nats_adapter()
    {
        var fixture = Load(Fixture);
        RuleAssert.Reports(
            TypesOutsideInnerLayers(PortalAdaptersHttp, fixture),
            "Portal.Architecture.Tests.BadFixture.Layering.HttpAdapterUsingNatsBus",
            "Portal.Adapters.Nats.Messaging.IMessageBus");
        RuleAssert.Reports(ReferencesOutsideInnerLayers(PortalAdaptersHttp, fixture), Fixture, PortalAdaptersNats);
    }

    [Fact]
    public void Fixture_is_caught_referencing_a_test_package_it_never_uses()
    {
        var result = References.Of(Load(Fixture)).Should().NotReferenceAny(DemoAndTestAssemblies);
        RuleAssert.Reports(result, Fixture, "Microsoft.AspNetCore.Mvc.Testing");
    }

    [Theory]
    [InlineData("Portal.Demo.Backend")]
    [InlineData("Portal.Web.FunctionalTests")]
    [InlineData("Microsoft.AspNetCore.TestHost")]
    [InlineData("xunit.assert")]
    public void Demo_and_test_assembly_names_are_recognised(string assemblyName) =>
        Assert.Contains(DemoAndTestAssemblies, p => p.MatchesAssembly(assemblyName));

    [Fact]
    public void Fixture_as_Application_is_caught_using_assemblies_off_the_allow_list()
    {
        var fixture = Load(Fixture);
        RuleAssert.Reports(
            TypesOutsideAllowList(PortalApplication, fixture),
            "Portal.Architecture.Tests.BadFixture.State.SessionReader",
            "Microsoft.AspNetCore.Http.HttpContext");
        RuleAssert.Reports(ReferencesOutsideAllowList(PortalApplication, fixture), Fixture, "Microsoft.AspNetCore.Mvc.Testing");
    }

    [Fact]
    public void Fixture_as_Domain_is_caught_using_MediatR()
    {
        var fixture = Load(Fixture);
        RuleAssert.Reports(
            TypesOutsideAllowList(PortalDomain, fixture),
            "Portal.Architecture.Tests.BadFixture.Requests.TwoHandlerQuery",
            "MediatR.IRequest`1");
        RuleAssert.Reports(ReferencesOutsideAllowList(PortalDomain, fixture), Fixture, "MediatR");
    }

    public static RuleResult TypesOutsideInnerLayers(string layer, LoadedAssembly subject) =>
        Types.InAssembly(subject).Should().NotDependOnAny(OursOutside(layer, subject));

    public static RuleResult ReferencesOutsideInnerLayers(string layer, LoadedAssembly subject) =>
        References.Of(subject).Should().NotReferenceAny(OursOutside(layer, subject));

    public static RuleResult TypesOutsideAllowList(string layer, LoadedAssembly subject) =>
        Types.InAssembly(subject).Should().OnlyDependOn([.. ExternalAllowList[layer], .. Ours(layer, subject)]);

    public static RuleResult ReferencesOutsideAllowList(string layer, LoadedAssembly subject) =>
        References.Of(subject).Should().OnlyReference([.. ExternalAllowList[layer], .. Ours(layer, subject)]);

    private static IEnumerable<DependencyPattern> Ours(string layer, LoadedAssembly subject) =>
        InnerLayers[layer].Append(layer).Append(subject.Name).Select(DependencyPattern.Assembly);

    /// <summary>Any assembly of ours (Portal.*, the demo backend included) that is neither the layer itself nor an inner layer.</summary>
    private static DependencyPattern OursOutside(string layer, LoadedAssembly subject) =>
        Ours(layer, subject).Aggregate(DependencyPattern.Assembly("Portal.*"), (pattern, allowed) => pattern.Except(allowed));
}
