using System.Reflection;
using Portal.Architecture.Tests.Rules;

namespace Portal.Architecture.Tests;

/// <summary>The assemblies the rules read: the five under src, and the fixture that breaks every rule on purpose.</summary>
public static class Assemblies
{
    public const string PortalDomain = "Portal.Domain";
    public const string PortalApplication = "Portal.Application";
    public const string PortalAdaptersNats = "Portal.Adapters.Nats";
    public const string PortalAdaptersHttp = "Portal.Adapters.Http";
    public const string PortalWeb = "Portal.Web";

    /// <summary>Test-only; each rule's fixture test treats it as the layer that rule is about.</summary>
    public const string Fixture = "Portal.Architecture.Tests.BadFixture";

    public static readonly IReadOnlyList<string> Src = [PortalDomain, PortalApplication, PortalAdaptersNats, PortalAdaptersHttp, PortalWeb];

    public static readonly IReadOnlyList<string> AdapterAssemblies = [PortalAdaptersNats, PortalAdaptersHttp];

    /// <summary>The assembly read with Cecil, for the rules NetArchTest cannot express.</summary>
    public static LoadedAssembly Load(string name) => LoadedAssembly.Named(name);

    /// <summary>
    /// The assembly's types as NetArchTest reads them (top-level and nested, compiler-generated ones folded into the type
    /// that wrote them). Each of our assemblies' types live under the namespace named like the assembly.
    /// </summary>
    public static NetArchTest.Rules.Types TypesIn(string name) => NetArchTest.Rules.Types.InAssembly(Assembly.Load(new AssemblyName(name)));

    public static TheoryData<string> AllOf(params string[] names) => new(names);
}
