using Microsoft.AspNetCore.Http;

namespace Portal.Architecture.Tests.BadFixture.State;

/// <summary>Reads the ASP.NET Core session.</summary>
public static class SessionReader
{
    public static string? Tenant(HttpContext context) => context.Session.GetString("tenant");
}
