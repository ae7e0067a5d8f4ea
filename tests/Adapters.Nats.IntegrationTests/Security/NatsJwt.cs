using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NATS.NKeys;

namespace Portal.Adapters.Nats.IntegrationTests.Security;

/// <summary>
/// The NATS JWTs (v2) of a throw-away operator, account and user, signed with NKeys the test makes, so a nats-server in
/// operator mode (resolver MEMORY) can be configured for a <c>.creds</c> file.
/// </summary>
internal static class NatsJwt
{
    public static string Operator(KeyPair operatorKey) =>
        Encode(operatorKey, operatorKey.GetPublicKey(), "test-operator", new JsonObject { ["type"] = "operator", ["version"] = 2 });

    public static string Account(KeyPair operatorKey, KeyPair accountKey) =>
        Encode(operatorKey, accountKey.GetPublicKey(), "portal-account", new JsonObject
        {
            ["limits"] = new JsonObject
            {
                ["subs"] = -1, ["data"] = -1, ["payload"] = -1, ["imports"] = -1, ["exports"] = -1,
                ["wildcards"] = true, ["conn"] = -1, ["leaf"] = -1,
            },
            ["default_permissions"] = new JsonObject { ["pub"] = new JsonObject(), ["sub"] = new JsonObject() },
            ["type"] = "account",
            ["version"] = 2,
        });

    public static string User(KeyPair accountKey, KeyPair userKey, string name) =>
        Encode(accountKey, userKey.GetPublicKey(), name, new JsonObject
        {
            ["pub"] = new JsonObject(),
            ["sub"] = new JsonObject(),
            ["subs"] = -1,
            ["data"] = -1,
            ["payload"] = -1,
            ["type"] = "user",
            ["version"] = 2,
        });

    /// <summary>A <c>.creds</c> file's text as <c>nsc</c> writes it: the user JWT, then the user's seed.</summary>
    public static string Creds(string userJwt, KeyPair userKey) => $"""
        -----BEGIN NATS USER JWT-----
        {userJwt}
        ------END NATS USER JWT------

        ************************* IMPORTANT *************************
        NKEY Seed printed below can be used to sign and prove identity.

        -----BEGIN USER NKEY SEED-----
        {userKey.GetSeed()}
        ------END USER NKEY SEED------
        """;

    private static string Encode(KeyPair issuer, string subject, string name, JsonObject nats)
    {
        var claims = new JsonObject
        {
            ["jti"] = string.Empty,
            ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60,
            ["iss"] = issuer.GetPublicKey(),
            ["name"] = name,
            ["sub"] = subject,
            ["nats"] = nats,
        };

        // The id is the base32 SHA-256 of the claims without it.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var id = new char[Base32.GetEncodedLength(hash)];
        Base32.ToBase32(hash, id);
        claims["jti"] = new string(id).TrimEnd('=');

        var header = Base64Url("""{"typ":"JWT","alg":"ed25519-nkey"}"""u8.ToArray());
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = new byte[64];
        issuer.Sign(Encoding.ASCII.GetBytes(header + "." + body), signature);
        return header + "." + body + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
