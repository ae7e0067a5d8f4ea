using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.FunctionalTests.Modes;

/// <summary>
/// The sign-in cookie's JSON payload as an answer issued it, and a cookie signed with the app's key for a payload changed
/// from it: a cookie as another version of Portal writes it, which no fake backend hands out.
/// </summary>
internal static class SignInPayload
{
    /// <summary>The payload of the sign-in cookie <paramref name="response"/> sets, in one chunk over HTTP.</summary>
    public static JsonObject Issued(HttpResponseMessage response)
    {
        var set = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SignInCookie.Name + "=", StringComparison.Ordinal));
        var value = set[(SignInCookie.Name.Length + 1)..set.IndexOf(';', StringComparison.Ordinal)];
        var payload = Base64Url.DecodeFromChars(value.AsSpan(0, value.IndexOf('.', StringComparison.Ordinal)));
        return Assert.IsType<JsonObject>(JsonNode.Parse(payload));
    }

    /// <summary>The Cookie header of <paramref name="payload"/> signed as <paramref name="app"/> signs its sign-ins.</summary>
    public static string Signed(PortalApp app, JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var json = JsonSerializer.SerializeToUtf8Bytes(payload);
        var key = app.Services.GetRequiredService<SecretKeyring>().SignInCookieKey;
        return SignInCookie.Name + "=" + Base64Url.EncodeToString(json) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, json));
    }
}
