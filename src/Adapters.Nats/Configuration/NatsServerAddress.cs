using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Portal.Adapters.Nats.Configuration;

/// <summary>One server of the URL list, with the credentials its URL carries.</summary>
internal sealed record NatsServerAddress(string Host, int Port, bool IsTls, string? Username, string? Password, string? Token)
{
    public const int DefaultPort = 4222;

    /// <exception cref="ArgumentException">The list is unusable; the message says why without repeating any entry.</exception>
    public static IReadOnlyList<NatsServerAddress> ParseList(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return TryParseList(urls, out var servers, out var problem)
            ? servers
            : throw new ArgumentException($"The NATS URL is unusable: {problem}.", nameof(urls));
    }

    /// <summary>
    /// The one reading of a server list, for the connection and for the validation of Portal's settings alike: entries
    /// separated by commas, each a <c>nats://</c> or <c>tls://</c> URL with a host (a bare <c>host:port</c> is
    /// <c>nats://</c>); an empty entry is refused as the typo it most likely is. <paramref name="problem"/> names an
    /// entry by its position only, because an entry may hold credentials.
    /// </summary>
    public static bool TryParseList(
        string? urls,
        [NotNullWhen(true)] out IReadOnlyList<NatsServerAddress>? servers,
        [NotNullWhen(false)] out string? problem)
    {
        servers = null;
        if (string.IsNullOrWhiteSpace(urls))
        {
            problem = "it names no server";
            return false;
        }

        var parsed = new List<NatsServerAddress>();
        var entries = urls.Split(',', StringSplitOptions.TrimEntries);
        for (var index = 0; index < entries.Length; index++)
        {
            if (!TryParse(entries[index], out var server, out var reason))
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"entry {index + 1} {reason}");
                return false;
            }

            parsed.Add(server);
        }

        servers = parsed;
        problem = null;
        return true;
    }


    /// <summary>The URL list with every credential replaced, fit for logs and messages.</summary>
    public static string Redact(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return string.Join(
            ",",
            urls.Split(',').Select(static part =>
            {
                var at = part.LastIndexOf('@');
                if (at < 0)
                {
                    return part.Trim();
                }

                var scheme = part.IndexOf("://", StringComparison.Ordinal);
                var prefix = scheme < 0 ? string.Empty : part[..(scheme + 3)].Trim();
                return prefix + "***@" + part[(at + 1)..].Trim();
            }));
    }


    /// <summary>The URL without credentials, as NatsOpts.Url takes it (credentials go to its AuthOpts).</summary>
    public override string ToString() =>
        (IsTls ? "tls://" : "nats://") + (Host.Contains(':', StringComparison.Ordinal) ? "[" + Host + "]" : Host) + ":"
        + Port.ToString(CultureInfo.InvariantCulture);

    public bool HasCredentials => Username is not null || Token is not null;

    private static bool TryParse(string entry, [NotNullWhen(true)] out NatsServerAddress? server, [NotNullWhen(false)] out string? reason)
    {
        server = null;
        if (entry.Length == 0)
        {
            reason = "is empty";
            return false;
        }

        var text = entry.Contains("://", StringComparison.Ordinal) ? entry : "nats://" + entry;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            reason = "is not a URL with a host";
            return false;
        }

        bool isTls;
        switch (uri.Scheme)
        {
            case "nats":
                isTls = false;
                break;
            case "tls":
                isTls = true;
                break;
            default:
                reason = $"has scheme '{uri.Scheme}' instead of nats:// or tls://";
                return false;
        }

        string? user = null, password = null, token = null;
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                token = Uri.UnescapeDataString(uri.UserInfo);
            }
            else
            {
                user = Uri.UnescapeDataString(uri.UserInfo[..colon]);
                password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        server = new NatsServerAddress(uri.IdnHost, uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port, isTls, user, password, token);
        reason = null;
        return true;
    }
}
