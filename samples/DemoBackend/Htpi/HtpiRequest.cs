using System.Globalization;
using System.Text.Json;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Demo.Backend.Htpi;

/// <summary>A received HTPI request: its message and its JSON body, read leniently (an id may be a string or a number).</summary>
internal sealed class HtpiRequest(BusMessage message, JsonElement body)
{
    public BusMessage Message { get; } = message;

    public string? ClientId => Field("clientId");

    public string? ResponseChannel => Field("responseChannel");

    public string? Portal => Field("portal");

    public string? Token => Field("token");

    public string? TenantId => Field("tenantId");

    public static HtpiRequest Parse(BusMessage message)
    {
        try
        {
            using var document = JsonDocument.Parse(message.Payload);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return new HtpiRequest(message, document.RootElement.Clone());
            }
        }
        catch (JsonException)
        {
            // Answered like an empty request: every handler then says what is missing.
        }

        return new HtpiRequest(message, JsonDocument.Parse("{}").RootElement.Clone());
    }

    /// <summary>The first of <paramref name="names"/> present as a string or number, trimmed; null when none is.</summary>
    public string? Field(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (body.TryGetProperty(name, out var value))
            {
                var text = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                };
                if (!string.IsNullOrWhiteSpace(text))
                {
                    return text.Trim();
                }
            }
        }

        return null;
    }

    /// <summary>A string field exactly as sent (a password is not trimmed).</summary>
    public string? RawField(string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public int? IntField(params ReadOnlySpan<string> names) =>
        int.TryParse(Field(names), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
