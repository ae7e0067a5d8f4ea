using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Demo.Backend.Security;

/// <summary>The Platform's request signature as PRAHO's HMAC middleware verifies it (platform-api.md §1.2).</summary>
internal static class PlatformSignature
{
    public static string BodyHash(ReadOnlySpan<byte> body) => Convert.ToBase64String(SHA256.HashData(body));

    /// <summary>
    /// The seven lines joined by <c>\n</c>: method, path with the normalised query, the request's own content type
    /// (lower-cased, without parameters, empty when absent), body hash, portal id, nonce and the timestamp as sent.
    /// </summary>
    public static string CanonicalString(
        string method, string path, string? rawQuery, string? contentType, string bodyHash, string portalId, string nonce, string timestamp)
    {
        var query = NormaliseQuery(rawQuery);
        var target = query.Length == 0 ? path : path + "?" + query;
        return string.Join('\n', method.ToUpperInvariant(), target, ContentTypeLine(contentType), bodyHash, portalId, nonce, timestamp);
    }

    public static string ContentTypeLine(string? contentType) =>
        (contentType ?? string.Empty).Split(';', 2)[0].Trim().ToLowerInvariant();

    public static byte[] Compute(byte[] secret, string canonical) => HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(canonical));

    public static string ComputeHex(byte[] secret, string canonical) => Convert.ToHexStringLower(Compute(secret, canonical));

    /// <summary>
    /// As Python's <c>urlencode(sorted(parse_qsl(query, keep_blank_values=True)))</c>: pairs decoded (percent and
    /// <c>+</c>), sorted by key then value, re-encoded form-style (space as <c>+</c>).
    /// </summary>
    public static string NormaliseQuery(string? rawQuery)
    {
        var query = rawQuery?.TrimStart('?');
        if (string.IsNullOrEmpty(query))
        {
            return string.Empty;
        }

        var pairs = query.Split(['&', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var parts = pair.Split('=', 2);
                return (Key: FormDecode(parts[0]), Value: parts.Length == 2 ? FormDecode(parts[1]) : string.Empty);
            })
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal);
        return string.Join('&', pairs.Select(pair => FormEncode(pair.Key) + "=" + FormEncode(pair.Value)));
    }

    /// <summary>Unix seconds, an integer or a decimal string.</summary>
    public static bool TryParseTimestamp(string? value, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        timestamp = DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    private static string FormDecode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));

    /// <summary>Python's <c>quote_plus</c>: letters, digits and <c>_.-~</c> stay, a space becomes <c>+</c>, the rest %XX of UTF-8.</summary>
    private static string FormEncode(string value)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~')
            {
                builder.Append(c);
            }
            else if (c == ' ')
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
}
