using Portal.Architecture.Tests.Rules;
using Portal.Architecture.Tests.TypeRules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>
/// No assembly under src uses or references state technology (<see cref="StateTechnology"/>): its namespaces and types
/// through NetArchTest, its members and the rest of System.Web through the Cecil helper, its assemblies and packages
/// through the Cecil helper's reading of references and deps.json.
/// </summary>
public sealed class StatelessnessRule
{
    private const string FixtureState = "Portal.Architecture.Tests.BadFixture.State.";

    public static TheoryData<string> SrcAssemblies => AllOf([.. Src]);

    [Theory]
    [MemberData(nameof(SrcAssemblies))]
    public void Types_use_no_state_technology_namespace_or_type(string assembly) =>
        TypeRuleAssert.Holds(TypesUsingState(assembly));

    [Theory]
    [MemberData(nameof(SrcAssemblies))]
    public void Types_use_no_session_or_TempData_member_and_no_System_Web_state(string assembly) =>
        RuleAssert.Holds(MembersOfState(Load(assembly)));

    [Theory]
    [MemberData(nameof(SrcAssemblies))]
    public void Assembly_references_and_packages_include_no_state_technology(string assembly) =>
        RuleAssert.Holds(ReferencesToState(Load(assembly)));

    [Theory]
    [InlineData("ReportWithDataSet")]
    [InlineData("CachingCalculator")]
    [InlineData("DistributedCacheHolder")]
    [InlineData("SessionReader")]
    [InlineData("NoticePageModel")]
    [InlineData("SqlProbe")]
    [InlineData("UserAccounts")]
    [InlineData("TokenProtector")]
    [InlineData("ClassicSessionReader")]
    public void Fixture_is_caught_using_a_state_technology_namespace_or_type(string type) =>
        TypeRuleAssert.Reports(TypesUsingState(Fixture), FixtureState + type);

    [Theory]
    [InlineData("SessionReader", "Microsoft.AspNetCore.Http.HttpContext::get_Session")]
    [InlineData("TempDataController", "Microsoft.AspNetCore.Mvc.Controller::get_TempData")]
    [InlineData("NoticePageModel", "Microsoft.AspNetCore.Mvc.RazorPages.PageModel::get_TempData")]
    [InlineData("ClassicSessionReader", "System.Web.SessionState.HttpSessionState")]
    public void Fixture_is_caught_using_a_session_or_TempData_member_or_System_Web_state(string type, string reference) =>
        RuleAssert.Reports(MembersOfState(Load(Fixture)), FixtureState + type, reference);

    [Theory]
    [InlineData("System.Data.Common")]
    [InlineData("Microsoft.Extensions.Caching.Memory")]
    [InlineData("Microsoft.Extensions.Identity.Core")]
    public void Fixture_is_caught_referencing_state_technology(string reference) =>
        RuleAssert.Reports(ReferencesToState(Load(Fixture)), Fixture, reference);

    [Fact]
    public void Fixture_may_use_the_stateless_encoding_helpers()
    {
        var fixture = Load(Fixture);
        var encoding = fixture.Types.Single(t => t.Name == "HtmlEncoding");
        Assert.Contains(fixture.DependenciesOf(encoding), d => d.Target == "System.Web.HttpUtility::HtmlEncode");
        Assert.Contains(fixture.References, r => r.Name == "System.Web.HttpUtility");

        TypeRuleAssert.DoesNotReport(TypesUsingState(Fixture), FixtureState + "HtmlEncoding");
        Assert.DoesNotContain(MembersOfState(fixture).Violations, v => v.Source == FixtureState + "HtmlEncoding");
        RuleAssert.DoesNotReport(ReferencesToState(fixture), Fixture, "System.Web.HttpUtility");
    }

    [Theory]
    [InlineData("System.Web.HttpContext")]
    [InlineData("System.Web.HttpApplicationState")]
    [InlineData("System.Web.Caching.Cache")]
    public void Classic_ASP_NET_state_types_are_forbidden(string typeName) =>
        Assert.Contains(StateTechnology.MemberPatterns, p => p.Matches(new Dependency(typeName, "System.Web", null, "test")));

    private static TypeRuleResult TypesUsingState(string subject) =>
        TypeRuleResult.Of(TypesIn(subject), types => types.NotHaveDependencyOnAny(StateTechnology.Namespaces));

    private static RuleResult MembersOfState(LoadedAssembly subject) =>
        Rules.Types.InAssembly(subject).Should().NotDependOnAny(StateTechnology.MemberPatterns);

    private static RuleResult ReferencesToState(LoadedAssembly subject) =>
        References.Of(subject).Should().NotReferenceAny(StateTechnology.Assemblies);
}
