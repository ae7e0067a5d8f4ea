namespace Portal.Adapters.Nats.Configuration;

/// <summary>The shape of <c>NATS_URL</c>: comma-separated absolute <c>nats://</c> or <c>tls://</c> URLs with a host.</summary>
internal static class NatsServerList
{
    private static readonly string[] Schemes = ["nats", "tls"];

    public static bool IsValid(string? value, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            problem = "it is empty";
            return false;
        }

        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri)
                || !Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
                || string.IsNullOrEmpty(uri.Host))
            {
                // The entry itself is not repeated: it may hold credentials.
                problem = "an entry is not a nats:// or tls:// URL with a host";
                return false;
            }
        }

        return true;
    }
}
