namespace System.Web.SessionState;

/// <summary>Stands in for classic ASP.NET's session, which .NET 10 does not ship, so that the rules meet a real System.Web state type.</summary>
public sealed class HttpSessionState
{
    public object? this[string name] => name.Length == 0 ? null : name;
}
