using System.Net;
using System.Web;

namespace Portal.Architecture.Tests.BadFixture.State;

/// <summary>Uses only the stateless encoding helpers, which the rules allow.</summary>
public static class HtmlEncoding
{
    public static string Encode(string text) => HttpUtility.HtmlEncode(WebUtility.UrlEncode(text));
}
