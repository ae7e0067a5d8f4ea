namespace Portal.Adapters.Nats.Configuration;

/// <summary>Reads <c>NATS_URL</c>: comma-separated absolute <c>nats://</c> or <c>tls://</c> URLs with a host.</summary>
internal static class NatsServerList
{
    private static readonly string[] Schemes = ["nats", "tls"];

    public static bool TryParse(string? value, out IReadOnlyList<Uri> servers, out string? problem)
    {
        servers = [];
        problem = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            problem = "it is empty";
            return false;
        }

        var parsed = new List<Uri>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri)
                || !Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
                || string.IsNullOrEmpty(uri.Host))
            {
                problem = $"'{part}' is not a nats:// or tls:// URL with a host";
                return false;
            }

            parsed.Add(uri);
        }

        servers = parsed;
        return true;
    }

    public static IReadOnlyList<Uri> Parse(string? value) =>
        TryParse(value, out var servers, out var problem)
            ? servers
            : throw new FormatException($"{NatsAdapterOptions.UrlKey} is invalid: {problem}.");
}
