using System.Web.SessionState;

namespace Portal.Architecture.Tests.BadFixture.State;

/// <summary>Reads classic ASP.NET session state.</summary>
public static class ClassicSessionReader
{
    public static object? Tenant(HttpSessionState session) => session["tenant"];
}
