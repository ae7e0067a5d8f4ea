using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Identity;

namespace Portal.Web.FunctionalTests.Modes;

/// <summary>The sign-in an answer's Set-Cookie headers issue, read back with Portal's own cookie reader.</summary>
internal static class IssuedSignIn
{
    /// <summary>Null when the answer issues no sign-in cookie.</summary>
    public static PortalSignIn? From(PortalApp app, HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            return null;
        }

        // Several writes of one request come in order; the browser keeps the last value of each name.
        var chunks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in setCookies)
        {
            var pair = header.Split(';', 2)[0];
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var name = pair[..separator];
            if (name.StartsWith(SignInCookie.Name, StringComparison.Ordinal))
            {
                chunks[name] = pair[(separator + 1)..];
            }
        }

        chunks = chunks.Where(chunk => chunk.Value.Length > 0).ToDictionary(StringComparer.Ordinal);
        if (chunks.Count == 0)
        {
            return null;
        }

        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = string.Join("; ", chunks.Select(chunk => chunk.Key + "=" + chunk.Value));
        Assert.True(app.Services.GetRequiredService<SignInCookie>().TryRead(context.Request, out var signIn), "The issued cookie does not read back.");
        return signIn;
    }
}
