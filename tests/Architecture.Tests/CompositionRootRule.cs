using Portal.Architecture.Tests.Rules;
using Portal.Architecture.Tests.TypeRules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// Web is the only composition root: it alone references the adapters, and only it may use ASP.NET Core. Adapters may
/// use Microsoft.Extensions.* and System.Net.Http, which this rule leaves alone. Types are checked with NetArchTest,
/// assembly references and packages with the Cecil helper.
/// </summary>
public sealed class CompositionRootRule
{
    private const string AspNetCoreNamespace = "Microsoft.AspNetCore";

    private static readonly DependencyPattern AspNetCoreAssemblies = DependencyPattern.Assembly("Microsoft.AspNetCore*");

    public static TheoryData<string> AssembliesOtherThanWeb => AllOf([.. Src.Where(a => a != PortalWeb)]);

    public static TheoryData<string> ApplicationAndAdapters => AllOf([PortalApplication, .. AdapterAssemblies]);

    [Theory]
    [MemberData(nameof(AssembliesOtherThanWeb))]
    public void Types_outside_Web_use_no_adapter_but_their_own(string assembly) =>
        TypeRuleAssert.Holds(TypesUsingAnotherAdapter(assembly));

    [Theory]
    [MemberData(nameof(AssembliesOtherThanWeb))]
    public void Assemblies_outside_Web_reference_no_adapter_but_their_own(string assembly) =>
        RuleAssert.Holds(ReferencesToAnotherAdapter(Load(assembly)));

    [Fact]
    public void Web_references_both_adapters()
    {
        var references = Load(PortalWeb).References.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(AdapterAssemblies, adapter => Assert.Contains(adapter, references));
    }

    [Theory]
    [MemberData(nameof(ApplicationAndAdapters))]
    public void Application_and_adapter_types_do_not_use_AspNetCore(string assembly) =>
        TypeRuleAssert.Holds(TypesUsingAspNetCore(assembly));

    [Theory]
    [MemberData(nameof(ApplicationAndAdapters))]
    public void Application_and_adapters_do_not_reference_AspNetCore(string assembly) =>
        RuleAssert.Holds(References.Of(Load(assembly)).Should().NotReferenceAny(AspNetCoreAssemblies));

    [Fact]
    public void Fixture_is_caught_using_and_referencing_both_adapters_without_being_web()
    {
        TypeRuleAssert.Reports(TypesUsingAnotherAdapter(Fixture), "Portal.Architecture.Tests.BadFixture.Layering.HttpAdapterUsingNatsBus");
        var fixture = Load(Fixture);
        RuleAssert.Reports(ReferencesToAnotherAdapter(fixture), Fixture, PortalAdaptersNats);
        RuleAssert.Reports(ReferencesToAnotherAdapter(fixture), Fixture, PortalAdaptersHttp);
    }

    [Fact]
    public void Fixture_as_an_adapter_is_caught_using_and_referencing_AspNetCore()
    {
        TypeRuleAssert.Reports(TypesUsingAspNetCore(Fixture), "Portal.Architecture.Tests.BadFixture.State.SessionReader");
        RuleAssert.Reports(References.Of(Load(Fixture)).Should().NotReferenceAny(AspNetCoreAssemblies), Fixture, "Microsoft.AspNetCore.Http.Abstractions");
    }

    private static TypeRuleResult TypesUsingAnotherAdapter(string subject) =>
        TypeRuleResult.Of(TypesIn(subject), types => types.NotHaveDependencyOnAny([.. AdapterAssemblies.Where(a => a != subject)]));

    private static TypeRuleResult TypesUsingAspNetCore(string subject) =>
        TypeRuleResult.Of(TypesIn(subject), types => types.NotHaveDependencyOn(AspNetCoreNamespace));

    private static RuleResult ReferencesToAnotherAdapter(LoadedAssembly subject) =>
        References.Of(subject).Should().NotReferenceAny([.. AdapterAssemblies.Where(a => a != subject.Name).Select(DependencyPattern.Assembly)]);
}
