using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Identity;
using Portal.Web.Security;

namespace Portal.Web.FunctionalTests.Modes;

/// <summary>
/// The sign-in cookie's JSON payload as an answer issued it, and a cookie sealed with the app's key for a payload changed
/// from it: a cookie as another version of Portal writes it, which no fake backend hands out. Opened and sealed here as
/// the format says, <c>base64url(nonce ‖ AES-256-GCM(json) ‖ tag)</c>, not through Portal's own code.
/// </summary>
internal static class SignInPayload
{
    private const int NonceLength = 12;
    private const int TagLength = 16;

    /// <summary>The payload of the sign-in cookie <paramref name="response"/> sets, in one chunk over HTTP.</summary>
    public static JsonObject Issued(PortalApp app, HttpResponseMessage response)
    {
        var set = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SignInCookie.Name + "=", StringComparison.Ordinal));
        var value = set[(SignInCookie.Name.Length + 1)..set.IndexOf(';', StringComparison.Ordinal)];
        return Assert.IsType<JsonObject>(JsonNode.Parse(Open(Key(app), value)));
    }

    /// <summary>The JSON a sealed sign-in cookie's value carries; throws when it was not sealed under <paramref name="key"/>.</summary>
    public static byte[] Open(byte[] key, string value)
    {
        var sealedPayload = Base64Url.DecodeFromChars(value);
        var payload = new byte[sealedPayload.Length - NonceLength - TagLength];
        using var cipher = new AesGcm(key, TagLength);
        cipher.Decrypt(sealedPayload.AsSpan(0, NonceLength), sealedPayload.AsSpan(NonceLength, payload.Length), sealedPayload.AsSpan(NonceLength + payload.Length), payload);
        return payload;
    }

    /// <summary>The Cookie header of <paramref name="payload"/> sealed as <paramref name="app"/> seals its sign-ins.</summary>
    public static string Sealed(PortalApp app, JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var json = JsonSerializer.SerializeToUtf8Bytes(payload);
        var sealedPayload = new byte[NonceLength + json.Length + TagLength];
        RandomNumberGenerator.Fill(sealedPayload.AsSpan(0, NonceLength));
        using var cipher = new AesGcm(Key(app), TagLength);
        cipher.Encrypt(sealedPayload.AsSpan(0, NonceLength), json, sealedPayload.AsSpan(NonceLength, json.Length), sealedPayload.AsSpan(NonceLength + json.Length));
        return SignInCookie.Name + "=" + Base64Url.EncodeToString(sealedPayload);
    }

    /// <summary>
    /// The Cookie header of <paramref name="payload"/> as version 3 wrote it with <paramref name="secretKey"/>: signed, not
    /// sealed, <c>base64url(json).base64url(HMAC-SHA256(json))</c> under the MAC key it derived.
    /// </summary>
    public static string SignedOnly(string secretKey, JsonObject payload, string name = SignInCookie.Name)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var json = JsonSerializer.SerializeToUtf8Bytes(payload);
        var macKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secretKey), 32, salt: null, info: "portal/sign-in-cookie/v1"u8.ToArray());
        return name + "=" + Base64Url.EncodeToString(json) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(macKey, json));
    }

    public static byte[] Key(PortalApp app) => app.Services.GetRequiredService<SecretKeyring>().SignInCookieKey;
}
