using Portal.Architecture.Tests.Rules;
using static Portal.Architecture.Tests.Assemblies;

namespace Portal.Architecture.Tests;

/// <summary>No assembly under src uses or references anything in <see cref="StateTechnology.Forbidden"/>.</summary>
public sealed class StatelessnessRule
{
    private const string FixtureState = "Portal.Architecture.Tests.BadFixture.State.";

    public static TheoryData<string> SrcAssemblies => AllOf([.. Src]);

    [Theory]
    [MemberData(nameof(SrcAssemblies))]
    public void Types_use_no_state_technology(string assembly) =>
        RuleAssert.Holds(TypesUsingState(Load(assembly)));

    [Theory]
    [MemberData(nameof(SrcAssemblies))]
    public void Assembly_references_and_packages_include_no_state_technology(string assembly) =>
        RuleAssert.Holds(ReferencesToState(Load(assembly)));

    [Theory]
    [InlineData("ReportWithDataSet", "System.Data.DataSet")]
    [InlineData("CachingCalculator", "Microsoft.Extensions.Caching.Memory.MemoryCache::.ctor")]
    [InlineData("DistributedCacheHolder", "Microsoft.Extensions.Caching.Distributed.IDistributedCache")]
    [InlineData("SessionReader", "Microsoft.AspNetCore.Http.HttpContext::get_Session")]
    [InlineData("SessionReader", "Microsoft.AspNetCore.Http.ISession")]
    [InlineData("TempDataController", "Microsoft.AspNetCore.Mvc.Controller::get_TempData")]
    [InlineData("TempDataController", "Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary")]
    [InlineData("NoticePageModel", "Microsoft.AspNetCore.Mvc.TempDataAttribute")]
    [InlineData("NoticePageModel", "Microsoft.AspNetCore.Mvc.RazorPages.PageModel::get_TempData")]
    [InlineData("SqlProbe", "System.Data.Common.DbConnection")]
    [InlineData("UserAccounts", "Microsoft.AspNetCore.Identity.UserManager`1")]
    [InlineData("TokenProtector", "Microsoft.AspNetCore.DataProtection.IDataProtectionProvider")]
    public void Fixture_is_caught_using_state_technology(string type, string reference) =>
        RuleAssert.Reports(TypesUsingState(Load(Fixture)), FixtureState + type, reference);

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

        Assert.DoesNotContain(TypesUsingState(fixture).Violations, v => v.Source == FixtureState + "HtmlEncoding");
        RuleAssert.DoesNotReport(ReferencesToState(fixture), Fixture, "System.Web.HttpUtility");
    }

    [Theory]
    [InlineData("System.Web.HttpContext")]
    [InlineData("System.Web.HttpApplicationState")]
    [InlineData("System.Web.SessionState.HttpSessionState")]
    [InlineData("System.Web.Caching.Cache")]
    public void Classic_ASP_NET_state_types_are_forbidden(string typeName) =>
        Assert.Contains(StateTechnology.Forbidden, p => p.Matches(new Dependency(typeName, "System.Web", null, "test")));

    private static RuleResult TypesUsingState(LoadedAssembly subject) =>
        Types.InAssembly(subject).Should().NotDependOnAny([.. StateTechnology.Forbidden]);

    private static RuleResult ReferencesToState(LoadedAssembly subject) =>
        References.Of(subject).Should().NotReferenceAny([.. StateTechnology.Forbidden]);
}
