using Portal.Architecture.Tests.Rules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// Web is the only composition root: it alone references the adapters, and only it may use ASP.NET Core. Adapters may
/// use Microsoft.Extensions.* and System.Net.Http, which this rule leaves alone.
/// </summary>
public sealed class CompositionRootRule
{
    private static readonly DependencyPattern AspNetCore = DependencyPattern.Assembly("Microsoft.AspNetCore*");

    public static TheoryData<string> AssembliesOtherThanWeb => AllOf([.. Src.Where(a => a != PortalWeb)]);

    public static TheoryData<string> ApplicationAndAdapters => AllOf([PortalApplication, .. AdapterAssemblies]);

    [Theory]
    [MemberData(nameof(AssembliesOtherThanWeb))]
    public void Only_web_references_the_adapters(string assembly)
    {
        RuleAssert.Holds(TypesUsingAnotherAdapter(Load(assembly)));
        RuleAssert.Holds(ReferencesToAnotherAdapter(Load(assembly)));
    }

    [Fact]
    public void Web_references_both_adapters()
    {
        var references = Load(PortalWeb).References.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(AdapterAssemblies, adapter => Assert.Contains(adapter, references));
    }

    [Theory]
    [MemberData(nameof(ApplicationAndAdapters))]
    public void Application_and_adapters_do_not_use_AspNetCore(string assembly)
    {
        RuleAssert.Holds(Types.InAssembly(Load(assembly)).Should().NotDependOnAny(AspNetCore));
        RuleAssert.Holds(References.Of(Load(assembly)).Should().NotReferenceAny(AspNetCore));
    }

    [Fact]
    public void Fixture_is_caught_referencing_both_adapters_without_being_web()
    {
        var fixture = Load(Fixture);
        RuleAssert.Reports(
            TypesUsingAnotherAdapter(fixture),
            "Portal.Architecture.Tests.BadFixture.Layering.HttpAdapterUsingNatsBus",
            "Portal.Adapters.Nats.Messaging.IMessageBus");
        RuleAssert.Reports(ReferencesToAnotherAdapter(fixture), Fixture, PortalAdaptersNats);
        RuleAssert.Reports(ReferencesToAnotherAdapter(fixture), Fixture, PortalAdaptersHttp);
    }

    [Fact]
    public void Fixture_as_an_adapter_is_caught_using_AspNetCore()
    {
        var fixture = Load(Fixture);
        RuleAssert.Reports(
            Types.InAssembly(fixture).Should().NotDependOnAny(AspNetCore),
            "Portal.Architecture.Tests.BadFixture.State.SessionReader",
            "Microsoft.AspNetCore.Http.HttpContext::get_Session");
        RuleAssert.Reports(References.Of(fixture).Should().NotReferenceAny(AspNetCore), Fixture, "Microsoft.AspNetCore.Http.Abstractions");
    }

    private static RuleResult TypesUsingAnotherAdapter(LoadedAssembly subject) =>
        Types.InAssembly(subject).Should().NotDependOnAny(AdapterOtherThan(subject));

    private static RuleResult ReferencesToAnotherAdapter(LoadedAssembly subject) =>
        References.Of(subject).Should().NotReferenceAny(AdapterOtherThan(subject));

    private static DependencyPattern[] AdapterOtherThan(LoadedAssembly subject) =>
        [.. AdapterAssemblies.Where(a => a != subject.Name).Select(DependencyPattern.Assembly)];
}
