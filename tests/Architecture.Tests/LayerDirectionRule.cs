using Portal.Architecture.Tests.Rules;
using Portal.Architecture.Tests.TypeRules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// Dependencies point inwards: Domain uses none of ours, Application only Domain, each adapter only Application and
/// Domain; nothing under src touches the demo backend or a test assembly; Domain and Application use only the external
/// namespaces and assemblies on their allow-lists. Types are checked by namespace with NetArchTest; assembly references
/// and deps.json packages with the Cecil helper.
/// </summary>
public sealed class LayerDirectionRule
{
    /// <summary>For each layer, the assemblies of ours it may use besides itself (each assembly's namespace is its name).</summary>
    private static readonly Dictionary<string, string[]> InnerLayers = new(StringComparer.Ordinal)
    {
        [PortalDomain] = [],
        [PortalApplication] = [PortalDomain],
        [PortalAdaptersNats] = [PortalApplication, PortalDomain],
        [PortalAdaptersHttp] = [PortalApplication, PortalDomain],
        [PortalWeb] = [PortalApplication, PortalDomain, PortalAdaptersNats, PortalAdaptersHttp],
    };

    /// <summary>Namespaces of the demo backend, our test support and the test libraries.</summary>
    private static readonly string[] DemoAndTestNamespaces =
        ["Portal.Demo", "Portal.Testing", "Xunit", "Microsoft.AspNetCore.Mvc.Testing", "Microsoft.AspNetCore.TestHost", "Microsoft.Playwright"];

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

    /// <summary>
    /// The global namespace, to NetArchTest: where the compiler puts &lt;PrivateImplementationDetails&gt; (constant arrays,
    /// string switches), which a type of any layer may use.
    /// </summary>
    private const string GlobalNamespace = "";

    /// <summary>The external namespaces each allow-listed layer's types may use (besides our own inner layers).</summary>
    private static readonly Dictionary<string, string[]> ExternalNamespaces = new(StringComparer.Ordinal)
    {
        [PortalDomain] = [GlobalNamespace, "System"],
        [PortalApplication] = [GlobalNamespace, "System", "MediatR", "FluentValidation", "Scrutor", "Microsoft.Extensions.DependencyInjection"],
    };

    private static readonly DependencyPattern[] BaseLibrary =
        [DependencyPattern.Assembly("System"), DependencyPattern.Assembly("System.*"), DependencyPattern.Assembly("netstandard"), DependencyPattern.Assembly("mscorlib")];

    /// <summary>The external assemblies and packages each allow-listed layer may reference (besides our own inner layers).</summary>
    private static readonly Dictionary<string, DependencyPattern[]> ExternalAssemblies = new(StringComparer.Ordinal)
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

    public static TheoryData<string> AllowListedLayers => AllOf([.. ExternalNamespaces.Keys]);

    public static TheoryData<string> SrcAssemblies => AllOf([.. Src]);

    [Theory]
    [MemberData(nameof(Layers))]
    public void Types_use_no_outer_layer(string layer) =>
        TypeRuleAssert.Holds(TypesUsingOuterLayers(layer, layer));

    [Theory]
    [MemberData(nameof(Layers))]
    public void Assembly_references_no_outer_layer(string layer) =>
        RuleAssert.Holds(ReferencesOutsideInnerLayers(layer, Load(layer)));

    [Theory]
    [MemberData(nameof(SrcAssemblies))]
    public void Types_use_neither_the_demo_backend_nor_tests(string assembly) =>
        TypeRuleAssert.Holds(TypesUsingDemoOrTests(assembly));

    [Theory]
    [MemberData(nameof(SrcAssemblies))]
    public void Assembly_references_and_packages_include_neither_the_demo_backend_nor_tests(string assembly) =>
        RuleAssert.Holds(References.Of(Load(assembly)).Should().NotReferenceAny(DemoAndTestAssemblies));

    [Theory]
    [MemberData(nameof(AllowListedLayers))]
    public void Types_use_only_allow_listed_namespaces(string layer) =>
        TypeRuleAssert.Holds(TypesOutsideAllowList(layer, layer));

    [Theory]
    [MemberData(nameof(AllowListedLayers))]
    public void Assembly_references_and_packages_are_allow_listed(string layer) =>
        RuleAssert.Holds(ReferencesOutsideAllowList(layer, Load(layer)));

    [Fact]
    public void Fixture_as_Domain_is_caught_using_an_Application_port()
    {
        TypeRuleAssert.Reports(TypesUsingOuterLayers(PortalDomain, Fixture), "Portal.Architecture.Tests.BadFixture.Layering.DomainModelUsingApplication");
        RuleAssert.Reports(ReferencesOutsideInnerLayers(PortalDomain, Load(Fixture)), Fixture, PortalApplication);
    }

    [Fact]
    public void Fixture_as_the_Http_adapter_is_caught_using_the_Nats_adapter()
    {
        var types = TypesUsingOuterLayers(PortalAdaptersHttp, Fixture);
        TypeRuleAssert.Reports(types, "Portal.Architecture.Tests.BadFixture.Layering.HttpAdapterUsingNatsBus");
        TypeRuleAssert.DoesNotReport(types, "Portal.Architecture.Tests.BadFixture.Layering.DomainModelUsingApplication");
        RuleAssert.Reports(ReferencesOutsideInnerLayers(PortalAdaptersHttp, Load(Fixture)), Fixture, PortalAdaptersNats);
    }

    [Fact]
    public void Fixture_is_caught_using_the_demo_backend() =>
        TypeRuleAssert.Reports(TypesUsingDemoOrTests(Fixture), "Portal.Architecture.Tests.BadFixture.Layering.PageUsingDemoSeed");

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
    public void Fixture_as_Application_is_caught_using_namespaces_and_packages_off_the_allow_list()
    {
        TypeRuleAssert.Reports(TypesOutsideAllowList(PortalApplication, Fixture), "Portal.Architecture.Tests.BadFixture.State.SessionReader");
        RuleAssert.Reports(ReferencesOutsideAllowList(PortalApplication, Load(Fixture)), Fixture, "Microsoft.AspNetCore.Mvc.Testing");
    }

    [Fact]
    public void Fixture_as_Domain_is_caught_using_MediatR()
    {
        TypeRuleAssert.Reports(TypesOutsideAllowList(PortalDomain, Fixture), "Portal.Architecture.Tests.BadFixture.Requests.TwoHandlerQuery");
        RuleAssert.Reports(ReferencesOutsideAllowList(PortalDomain, Load(Fixture)), Fixture, "MediatR");
    }

    /// <summary>The types of <paramref name="subject"/>, standing in for <paramref name="layer"/>, that use a layer of ours further out.</summary>
    public static TypeRuleResult TypesUsingOuterLayers(string layer, string subject) =>
        TypeRuleResult.Of(TypesIn(subject), types => types.NotHaveDependencyOnAny([.. Src.Except(Ours(layer, subject))]));

    public static TypeRuleResult TypesUsingDemoOrTests(string subject) =>
        TypeRuleResult.Of(TypesIn(subject), types => types.NotHaveDependencyOnAny(DemoAndTestNamespaces));

    /// <summary>The types the compiler writes itself (&lt;PrivateImplementationDetails&gt;) are not the layer's to judge.</summary>
    public static TypeRuleResult TypesOutsideAllowList(string layer, string subject) =>
        TypeRuleResult.Of(
            TypesIn(subject).That().DoNotHaveNameStartingWith("<"),
            types => types.OnlyHaveDependenciesOn([.. ExternalNamespaces[layer], .. Ours(layer, subject)]));

    public static RuleResult ReferencesOutsideInnerLayers(string layer, LoadedAssembly subject) =>
        References.Of(subject).Should().NotReferenceAny(OursOutside(layer, subject.Name));

    public static RuleResult ReferencesOutsideAllowList(string layer, LoadedAssembly subject) =>
        References.Of(subject).Should().OnlyReference([.. ExternalAssemblies[layer], .. Ours(layer, subject.Name).Select(DependencyPattern.Assembly)]);

    /// <summary>The layer, its inner layers and the subject itself (the fixture, when it stands in for the layer).</summary>
    private static IEnumerable<string> Ours(string layer, string subject) => InnerLayers[layer].Append(layer).Append(subject);

    /// <summary>Any assembly of ours (Portal.*, the demo backend included) that is neither the layer itself nor an inner layer.</summary>
    private static DependencyPattern OursOutside(string layer, string subject) =>
        Ours(layer, subject).Select(DependencyPattern.Assembly).Aggregate(DependencyPattern.Assembly("Portal.*"), (pattern, allowed) => pattern.Except(allowed));
}
