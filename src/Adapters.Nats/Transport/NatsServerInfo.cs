using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Transport;

/// <summary>The fields of the server's INFO the client acts on.</summary>
internal sealed record NatsServerInfo
{
    /// <summary>Protocol default when INFO does not say otherwise.</summary>
    public const int DefaultMaxPayload = 1024 * 1024;

    [JsonPropertyName("server_id")]
    public string? ServerId { get; init; }

    [JsonPropertyName("version")]
    public string? Version { get; init; }

    [JsonPropertyName("max_payload")]
    public int MaxPayload { get; init; } = DefaultMaxPayload;

    [JsonPropertyName("tls_required")]
    public bool TlsRequired { get; init; }

    [JsonPropertyName("connect_urls")]
    public IReadOnlyList<string>? ConnectUrls { get; init; }

    public static NatsServerInfo Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<NatsServerInfo>(json) ?? new NatsServerInfo();
        }
        catch (JsonException ex)
        {
            throw new NatsProtocolException("NATS: the server sent an INFO that is not valid JSON.", ex);
        }
    }
}
