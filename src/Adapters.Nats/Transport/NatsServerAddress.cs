using System.Globalization;

namespace Portal.Adapters.Nats.Transport;

/// <summary>One server of the URL list, with the credentials its URL carries.</summary>
internal sealed record NatsServerAddress(string Host, int Port, bool IsTls, string? Username, string? Password, string? Token)
{
    public const int DefaultPort = 4222;

    public static IReadOnlyList<NatsServerAddress> ParseList(string urls)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(urls);
        var servers = new List<NatsServerAddress>();
        foreach (var part in urls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            servers.Add(Parse(part));
        }

        if (servers.Count == 0)
        {
            throw new ArgumentException("The NATS URL names no server.", nameof(urls));
        }

        return servers;
    }

    public static NatsServerAddress Parse(string url)
    {
        var text = url.Contains("://", StringComparison.Ordinal) ? url : "nats://" + url;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{Redact(url)}' is not a NATS server URL.", nameof(url));
        }

        var isTls = uri.Scheme switch
        {
            "nats" => false,
            "tls" => true,
            _ => throw new ArgumentException($"'{Redact(url)}' has scheme '{uri.Scheme}'; use nats:// or tls://.", nameof(url)),
        };

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

        return new NatsServerAddress(uri.IdnHost, uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port, isTls, user, password, token);
    }

    /// <summary>A server from INFO <c>connect_urls</c> ("host:port"), reached the same way as the server that announced it.</summary>
    public static NatsServerAddress? FromConnectUrl(string hostPort, NatsServerAddress announcer)
    {
        var text = (announcer.IsTls ? "tls://" : "nats://") + hostPort;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        return announcer with { Host = uri.IdnHost, Port = uri.Port < 0 ? DefaultPort : uri.Port };
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

    public bool SameEndpoint(NatsServerAddress other) =>
        string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase) && Port == other.Port;

    public override string ToString() => (IsTls ? "tls://" : "nats://") + Host + ":" + Port.ToString(CultureInfo.InvariantCulture);
}
