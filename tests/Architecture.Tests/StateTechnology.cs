using Portal.Architecture.Tests.Rules;

namespace Portal.Architecture.Tests;

/// <summary>
/// Everything that would let Portal keep data between requests: databases, sessions, caches, user stores, TempData,
/// classic System.Web state and the data protection key ring. BannedSymbols.txt is the compile-time twin of this list.
/// </summary>
public static class StateTechnology
{
    /// <summary>
    /// The stateless encoding helpers are allowed: System.Web.HttpUtility (its own assembly, System.Web.HttpUtility) and
    /// System.Net.WebUtility (outside System.Web, so never matched) hold no state. Every other System.Web type is forbidden.
    /// </summary>
    private static readonly DependencyPattern SystemWebExceptEncoding =
        DependencyPattern.Type("System.Web.*").Except(DependencyPattern.Type("System.Web.HttpUtility"));

    public static readonly IReadOnlyList<DependencyPattern> Forbidden =
    [
        // Databases
        DependencyPattern.Type("Microsoft.EntityFrameworkCore*"),
        DependencyPattern.Assembly("Microsoft.EntityFrameworkCore*"),
        DependencyPattern.Type("System.Data*"),
        DependencyPattern.Assembly("System.Data*"),
        DependencyPattern.Type("Microsoft.Data.*"),
        DependencyPattern.Assembly("Microsoft.Data.*"),

        // Sessions
        DependencyPattern.Type("Microsoft.AspNetCore.Session*"),
        DependencyPattern.Assembly("Microsoft.AspNetCore.Session*"),
        DependencyPattern.Type("Microsoft.AspNetCore.Http.ISession"),
        DependencyPattern.Type("Microsoft.AspNetCore.Http.Features.ISessionFeature"),
        DependencyPattern.Member("Microsoft.AspNetCore.Http.*HttpContext::get_Session"),

        // Caches, server-side response caches included
        DependencyPattern.Type("Microsoft.Extensions.Caching.*"),
        DependencyPattern.Assembly("Microsoft.Extensions.Caching.*"),
        DependencyPattern.Type("*.IDistributedCache"),
        DependencyPattern.Type("*.IMemoryCache"),
        DependencyPattern.Type("Microsoft.AspNetCore.OutputCaching*"),
        DependencyPattern.Assembly("Microsoft.AspNetCore.OutputCaching*"),
        DependencyPattern.Type("Microsoft.AspNetCore.ResponseCaching*"),
        DependencyPattern.Assembly("Microsoft.AspNetCore.ResponseCaching*"),
        DependencyPattern.Type("StackExchange.Redis*"),
        DependencyPattern.Assembly("StackExchange.Redis*"),

        // User stores
        DependencyPattern.Type("Microsoft.AspNetCore.Identity*"),
        DependencyPattern.Assembly("Microsoft.AspNetCore.Identity*"),
        DependencyPattern.Type("Microsoft.Extensions.Identity*"),
        DependencyPattern.Assembly("Microsoft.Extensions.Identity*"),

        // TempData: ITempDataDictionary, ITempDataProvider, TempDataAttribute, their factories and every TempData property
        DependencyPattern.Type("Microsoft.AspNetCore.*TempData*"),
        DependencyPattern.Member("*::get_TempData"),
        DependencyPattern.Member("*::set_TempData"),

        // Classic ASP.NET state (System.Web.SessionState, System.Web.Caching, HttpContext, HttpApplicationState ...)
        SystemWebExceptEncoding,
        DependencyPattern.Assembly("System.Web").Except(DependencyPattern.Assembly("System.Web.HttpUtility")),
        DependencyPattern.Assembly("System.Web.*").Except(DependencyPattern.Assembly("System.Web.HttpUtility")),

        // The data protection key ring: Portal must not need one.
        DependencyPattern.Type("Microsoft.AspNetCore.DataProtection.IDataProtectionProvider"),
        DependencyPattern.Type("Microsoft.AspNetCore.DataProtection.IDataProtector"),
        DependencyPattern.Type("Microsoft.AspNetCore.DataProtection.IPersistedDataProtector"),
        DependencyPattern.Type("Microsoft.AspNetCore.DataProtection.ITimeLimitedDataProtector"),
        DependencyPattern.Type("Microsoft.AspNetCore.DataProtection.DataProtectionProvider"),
        DependencyPattern.Type("Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions"),
    ];
}
