using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Adapters.Http.Platform.Signing;

/// <summary>
/// The Platform's request signature as its HMAC middleware verifies it: lowercase hex HMAC-SHA256 with the shared secret
/// over seven lines, <c>METHOD\nPATH[?QUERY]\ncontent-type\nbody-hash\nportal-id\nnonce\ntimestamp</c>, where the path is
/// the one Django sees, the query is normalised and the content type is the request's own.
/// </summary>
internal static class PlatformSignature
{
    /// <summary>What Portal sends its JSON bodies as (no parameters).</summary>
    public const string ContentType = "application/json";

    /// <summary>The Platform refuses a nonce shorter or longer than these.</summary>
    public const int MinNonceLength = 32;

    public const int MaxNonceLength = 256;

    /// <summary>Characters Python's <c>quote</c> never escapes, plus those Django's <c>escape_uri_path</c> keeps in a path.</summary>
    private const string PathSafe = "/:@&+$,-_.!~*'()";

    /// <summary>Characters Python's <c>quote_plus</c> (and so <c>urlencode</c>) never escapes.</summary>
    private const string QuerySafe = "-_.~";

    /// <summary>The longest signed text written on the stack; the seven lines of Portal's calls take about 200 bytes.</summary>
    private const int StackTextLength = 512;

    /// <summary>What a path may consist of to be signed as it is sent: ASCII letters and digits and <see cref="PathSafe"/>.</summary>
    private static readonly SearchValues<char> CanonicalPathCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + PathSafe);

    /// <summary>Base64 of the SHA-256 of the raw body bytes; an empty body (a GET) has a hash too, which is required.</summary>
    public static string HashBody(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));

    /// <summary>32 random bytes as lowercase hex: 64 characters, inside the 32–256 the Platform accepts.</summary>
    public static string NewNonce()
    {
        Span<byte> random = stackalloc byte[32];
        RandomNumberGenerator.Fill(random);
        return Convert.ToHexStringLower(random);
    }

    /// <summary>Whole seconds, rounded down: the Platform refuses a timestamp more than 2 s ahead of its clock.</summary>
    public static string UnixSeconds(DateTimeOffset instant) =>
        instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The signed text. <paramref name="contentType"/> is the request's <c>Content-Type</c> header as sent, or null when it
    /// has none (a GET without a body), which signs an empty line.
    /// </summary>
    public static string CanonicalText(
        string method, Uri requestUri, string? contentType, string bodyHash, string portalId, string nonce, string timestamp)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(requestUri);
        return string.Join(
            '\n',
            method.ToUpperInvariant(),
            CanonicalTarget(requestUri),
            CanonicalContentType(contentType),
            bodyHash,
            portalId,
            nonce,
            timestamp);
    }

    /// <summary>
    /// The signature of the <see cref="CanonicalText"/> of the same parts: its UTF-8 bytes are written into a buffer on
    /// the stack (pooled for a text beyond it) and signed there, without the text or its bytes as objects of their own.
    /// </summary>
    public static string Sign(
        byte[] key, string method, Uri requestUri, string? contentType, string bodyHash, string portalId, string nonce, string timestamp)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(requestUri);
        ReadOnlySpan<string> lines =
            [method.ToUpperInvariant(), CanonicalTarget(requestUri), CanonicalContentType(contentType), bodyHash, portalId, nonce, timestamp];
        var length = lines.Length - 1;
        foreach (var line in lines)
        {
            length += Encoding.UTF8.GetByteCount(line);
        }

        byte[]? rented = null;
        var text = length <= StackTextLength ? stackalloc byte[StackTextLength] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    text[written++] = (byte)'\n';
                }

                written += Encoding.UTF8.GetBytes(lines[i], text[written..]);
            }

            Span<byte> signature = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(key, text[..written], signature);
            return Convert.ToHexStringLower(signature);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The part before ';', trimmed and lower-cased; empty when there is no header. A bare lower-case media type (what
    /// Portal sends) is its own canonical form and is returned as it is.
    /// </summary>
    public static string CanonicalContentType(string? contentType)
    {
        if (contentType is null)
        {
            return string.Empty;
        }

        var end = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (end < 0 ? contentType.AsSpan() : contentType.AsSpan(0, end)).Trim();
        return mediaType.Length == contentType.Length && !mediaType.ContainsAnyInRange('A', 'Z')
            ? contentType
            : mediaType.ToString().ToLowerInvariant();
    }

    /// <summary>
    /// The path as Django re-escapes it (<c>escape_uri_path</c> over the decoded path), then, when there is a query, '?' and
    /// its pairs decoded, sorted by key then value, and re-encoded form-style (spaces as '+'); blank values are kept.
    /// </summary>
    public static string CanonicalTarget(Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(requestUri);

        // A path of letters, digits and characters Django keeps, without an escape or a query, is already what Django
        // sees (nothing to decode, nothing to re-escape): the one HttpClient sends, which Uri builds once per request.
        var pathAndQuery = requestUri.PathAndQuery;
        if (!pathAndQuery.AsSpan().ContainsAnyExcept(CanonicalPathCharacters))
        {
            return pathAndQuery;
        }

        var path = Quote(Uri.UnescapeDataString(requestUri.AbsolutePath), PathSafe, spaceAsPlus: false);
        var query = NormaliseQuery(requestUri.Query);
        return query.Length == 0 ? path : path + "?" + query;
    }

    private static string NormaliseQuery(string query)
    {
        var pairs = new List<(string Key, string Value)>();
        foreach (var piece in query.TrimStart('?').Split('&'))
        {
            if (piece.Length == 0)
            {
                continue;
            }

            var equals = piece.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(equals < 0
                ? (FormDecode(piece), string.Empty)
                : (FormDecode(piece[..equals]), FormDecode(piece[(equals + 1)..])));
        }

        // Python compares strings by code point; ordinal UTF-16 order differs only beyond the BMP.
        pairs.Sort((a, b) =>
        {
            var byKey = CompareCodePoints(a.Key, b.Key);
            return byKey != 0 ? byKey : CompareCodePoints(a.Value, b.Value);
        });
        return string.Join('&', pairs.Select(p => Quote(p.Key, QuerySafe, spaceAsPlus: true) + "=" + Quote(p.Value, QuerySafe, spaceAsPlus: true)));
    }

    private static string FormDecode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    /// <summary>Python's <c>quote</c>/<c>quote_plus</c>: UTF-8 bytes, letters, digits and <paramref name="safe"/> kept, the rest %XX.</summary>
    private static string Quote(string text, string safe, bool spaceAsPlus)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || (b < 128 && safe.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append(c);
            }
            else if (spaceAsPlus && c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static int CompareCodePoints(string a, string b)
    {
        var left = a.EnumerateRunes();
        var right = b.EnumerateRunes();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft.CompareTo(hasRight);
            }

            var order = left.Current.Value.CompareTo(right.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }
}
