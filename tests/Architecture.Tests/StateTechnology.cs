using Portal.Architecture.Tests.Rules;

namespace Portal.Architecture.Tests;

/// <summary>
/// Everything that would let Portal keep data between requests: databases, sessions, caches, user stores, TempData,
/// classic System.Web state and the data protection key ring, in the three forms the rules look for it.
/// BannedSymbols.txt is the compile-time twin of these lists.
/// </summary>
public static class StateTechnology
{
    /// <summary>Namespaces and types no type may use, for NetArchTest (a name covers its namespace tree and nested types).</summary>
    public static readonly string[] Namespaces =
    [
        // Databases
        "Microsoft.EntityFrameworkCore",
        "System.Data",
        "Microsoft.Data",

        // Sessions (SessionExtensions holds the GetString/SetString a session is used through)
        "Microsoft.AspNetCore.Session",
        "Microsoft.AspNetCore.Http.ISession",
        "Microsoft.AspNetCore.Http.Features.ISessionFeature",
        "Microsoft.AspNetCore.Http.SessionExtensions",

        // Caches, server-side response caches included
        "Microsoft.Extensions.Caching",
        "Microsoft.AspNetCore.OutputCaching",
        "Microsoft.AspNetCore.ResponseCaching",
        "StackExchange.Redis",

        // User stores
        "Microsoft.AspNetCore.Identity",
        "Microsoft.Extensions.Identity",

        // TempData's types (the TempData properties of pages, controllers and views are members: see MemberPatterns)
        "Microsoft.AspNetCore.Mvc.TempDataAttribute",
        "Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary",
        "Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionaryFactory",
        "Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataProvider",
        "Microsoft.AspNetCore.Mvc.ViewFeatures.TempDataDictionary",
        "Microsoft.AspNetCore.Mvc.ViewFeatures.TempDataDictionaryFactory",
        "Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider",
        "Microsoft.AspNetCore.Mvc.ViewFeatures.SessionStateTempDataProvider",

        // Classic ASP.NET state by name (every other System.Web type but the encoders is caught by MemberPatterns)
        "System.Web.SessionState",
        "System.Web.Caching",
        "System.Web.HttpContext",
        "System.Web.HttpApplicationState",

        // The data protection key ring: Portal must not need one.
        "Microsoft.AspNetCore.DataProtection.IDataProtectionProvider",
        "Microsoft.AspNetCore.DataProtection.IDataProtector",
        "Microsoft.AspNetCore.DataProtection.IPersistedDataProtector",
        "Microsoft.AspNetCore.DataProtection.ITimeLimitedDataProtector",
        "Microsoft.AspNetCore.DataProtection.DataProtectionProvider",
        "Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions",
    ];

    /// <summary>
    /// What NetArchTest cannot say, for the Cecil helper: members (the session and TempData properties, wherever they
    /// are declared), and "all of System.Web except the stateless encoders". System.Web.HttpUtility (its own assembly)
    /// and System.Net.WebUtility (outside System.Web) hold no state.
    /// </summary>
    public static readonly DependencyPattern[] MemberPatterns =
    [
        DependencyPattern.Member("Microsoft.AspNetCore.Http.*HttpContext::get_Session"),
        DependencyPattern.Member("*::get_TempData"),
        DependencyPattern.Member("*::set_TempData"),
        DependencyPattern.Type("System.Web.*").Except(DependencyPattern.Type("System.Web.HttpUtility")),
    ];

    /// <summary>Assemblies and packages no assembly may reference, for the Cecil helper (metadata references and deps.json).</summary>
    public static readonly DependencyPattern[] Assemblies =
    [
        DependencyPattern.Assembly("Microsoft.EntityFrameworkCore*"),
        DependencyPattern.Assembly("System.Data*"),
        DependencyPattern.Assembly("Microsoft.Data.*"),
        DependencyPattern.Assembly("Microsoft.AspNetCore.Session*"),
        DependencyPattern.Assembly("Microsoft.Extensions.Caching.*"),
        DependencyPattern.Assembly("Microsoft.AspNetCore.OutputCaching*"),
        DependencyPattern.Assembly("Microsoft.AspNetCore.ResponseCaching*"),
        DependencyPattern.Assembly("StackExchange.Redis*"),
        DependencyPattern.Assembly("Microsoft.AspNetCore.Identity*"),
        DependencyPattern.Assembly("Microsoft.Extensions.Identity*"),
        DependencyPattern.Assembly("System.Web").Except(DependencyPattern.Assembly("System.Web.HttpUtility")),
        DependencyPattern.Assembly("System.Web.*").Except(DependencyPattern.Assembly("System.Web.HttpUtility")),
    ];
}
