using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Web.Security;

namespace Portal.Web.Identity;

/// <summary>
/// The sign-in cookie: <c>base64url(json).base64url(HMAC-SHA256(json))</c> with a key derived from SECRET_KEY. It is the
/// only place Portal keeps who is signed in, so any instance with the same SECRET_KEY reads it and none stores anything.
/// A backend token may be long enough to pass a browser's limit of about 4096 bytes per cookie, so the value is cut into
/// chunks of at most <see cref="ChunkLength"/> characters: <c>portal_auth</c>, then <c>portal_auth.1</c>,
/// <c>portal_auth.2</c>, … Only the whole value in order carries a valid MAC, so a missing, extra or reordered chunk
/// reads as not signed in. Every chunk is HttpOnly, SameSite=Strict, Secure when the request came over HTTPS.
/// </summary>
public sealed class SignInCookie(SecretKeyring keys)
{
    public const string Name = "portal_auth";

    /// <summary>
    /// The longest value one cookie carries: with its name and attributes its Set-Cookie header stays under 4000 bytes,
    /// inside every browser's limit.
    /// </summary>
    public const int ChunkLength = 3800;

    /// <summary>
    /// The most chunks a sign-in takes: the largest (a token of the AccessToken maximum made of characters JSON escapes,
    /// the longest user id and display name) needs four.
    /// </summary>
    public const int MaxChunks = 4;

    /// <summary>The display name is only shown in the header; a longer one is shortened in the cookie.</summary>
    public const int MaxDisplayNameLength = 200;

    private const string ChunkPrefix = Name + ".";

    /// <summary>
    /// The value is base64url-encoded and never read as HTML, so only what JSON itself requires is escaped: this keeps a
    /// token full of quotes or angle brackets to at most twice its length instead of six times.
    /// </summary>
    private static readonly JsonSerializerOptions PayloadJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(HttpResponse response, PortalSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(signIn);
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new CookiePayload(1, signIn.Token, signIn.UserId, Shorten(signIn.DisplayName)), PayloadJson);
        var value = Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(keys.SignInCookieKey, payload));
        var chunks = value.Chunk(ChunkLength).Select(chunk => new string(chunk)).ToArray();
        if (chunks.Length > MaxChunks)
        {
            throw new InvalidOperationException($"A sign-in cookie of {chunks.Length} chunks could not be read back (at most {MaxChunks}).");
        }

        var options = Options(response.HttpContext.Request);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < chunks.Length; index++)
        {
            names.Add(ChunkName(index));
            response.Cookies.Append(ChunkName(index), chunks[index], options);
        }

        // Chunks left over from an earlier, longer sign-in would make this one unreadable.
        foreach (var stale in ChunkCookies(response.HttpContext.Request).Where(name => !names.Contains(name)))
        {
            response.Cookies.Delete(stale, options);
        }
    }

    /// <summary>Forgets the sign-in: the first cookie and every chunk the browser sent go.</summary>
    public void Clear(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var options = Options(response.HttpContext.Request);
        foreach (var name in ChunkCookies(response.HttpContext.Request).Prepend(Name))
        {
            response.Cookies.Delete(name, options);
        }
    }

    public bool TryRead(HttpRequest request, [NotNullWhen(true)] out PortalSignIn? signIn)
    {
        ArgumentNullException.ThrowIfNull(request);
        signIn = null;
        return TryJoinChunks(request, out var value) && TryDecodeValue(value, out signIn);
    }

    /// <summary>A hash of the signed-in token, for binding CSRF tokens to this sign-in without repeating the token.</summary>
    public static string TokenFingerprint(PortalSignIn signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(signIn.Token)));
    }

    public static CookieOptions Options(HttpRequest request) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps,
        Path = "/",
        IsEssential = true,
    };

    private static string ChunkName(int index) =>
        index == 0 ? Name : ChunkPrefix + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The names of the <c>portal_auth.…</c> cookies the browser sent, chunks or not.</summary>
    private static IEnumerable<string> ChunkCookies(HttpRequest request) =>
        request.Cookies.Keys.Where(key => key.StartsWith(ChunkPrefix, StringComparison.Ordinal));

    /// <summary>
    /// The first cookie, then exactly <c>portal_auth.1</c> to <c>portal_auth.N</c>: none missing, none besides. This runs
    /// on every request, so the usual single cookie is taken as it is rather than copied through a builder.
    /// </summary>
    private static bool TryJoinChunks(HttpRequest request, [NotNullWhen(true)] out string? value)
    {
        value = null;
        var chunkCount = ChunkCookies(request).Count() + 1;
        if (chunkCount > MaxChunks)
        {
            return false;
        }

        if (chunkCount == 1)
        {
            value = request.Cookies[Name];
            return IsChunk(value);
        }

        var joined = new StringBuilder(chunkCount * ChunkLength);
        for (var index = 0; index < chunkCount; index++)
        {
            var chunk = request.Cookies[ChunkName(index)];
            if (!IsChunk(chunk))
            {
                return false;
            }

            joined.Append(chunk);
        }

        value = joined.ToString();
        return true;
    }

    private static bool IsChunk([NotNullWhen(true)] string? chunk) => !string.IsNullOrEmpty(chunk) && chunk.Length <= ChunkLength;

    /// <summary>At most <see cref="MaxDisplayNameLength"/> characters, never cutting a character in two.</summary>
    private static string Shorten(string displayName)
    {
        if (displayName.Length <= MaxDisplayNameLength)
        {
            return displayName;
        }

        var length = char.IsHighSurrogate(displayName[MaxDisplayNameLength - 1]) ? MaxDisplayNameLength - 1 : MaxDisplayNameLength;
        return displayName[..length];
    }

    /// <summary>
    /// Checks the MAC before the payload is parsed. It runs on every request, so the MAC is decoded and computed on the
    /// stack and the payload decoded into a pooled buffer: what is allocated is the parsed payload and the sign-in.
    /// </summary>
    private bool TryDecodeValue(string value, [NotNullWhen(true)] out PortalSignIn? signIn)
    {
        signIn = null;
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0)
        {
            return false;
        }

        var encodedPayload = value.AsSpan(0, dot);
        var encodedMac = value.AsSpan(dot + 1);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!Base64Url.IsValid(encodedPayload, out var payloadLength)
            || !Base64Url.IsValid(encodedMac, out var macLength)
            || macLength != mac.Length
            || !Base64Url.TryDecodeFromChars(encodedMac, mac, out _))
        {
            return false;
        }

        var rented = ArrayPool<byte>.Shared.Rent(payloadLength);
        try
        {
            var payload = rented.AsSpan(0, Base64Url.DecodeFromChars(encodedPayload, rented));
            Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(keys.SignInCookieKey, payload, expected);
            return CryptographicOperations.FixedTimeEquals(expected, mac) && TryParsePayload(payload, out signIn);
        }
        finally
        {
            // The payload holds the backend's token: it must not linger in a buffer the pool hands to other code.
            ArrayPool<byte>.Shared.Return(rented, clearArray: true);
        }
    }

    private static bool TryParsePayload(ReadOnlySpan<byte> payload, [NotNullWhen(true)] out PortalSignIn? signIn)
    {
        signIn = null;
        CookiePayload? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<CookiePayload>(payload);
        }
        catch (JsonException)
        {
            return false;
        }

        if (parsed is not { Version: 1, Token.Length: > 0, UserId.Length: > 0 })
        {
            return false;
        }

        signIn = new PortalSignIn(parsed.Token, parsed.UserId, parsed.Name ?? string.Empty);
        return true;
    }

    private sealed record CookiePayload(int Version, string Token, string UserId, string? Name);
}
