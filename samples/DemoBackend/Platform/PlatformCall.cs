using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Portal.Demo.Backend.Platform;

/// <summary>
/// A Platform request whose signature held, with its JSON body (an empty object when the body is not JSON or not sent
/// as <c>application/json</c>, as DRF parses nothing then); the gate stores it for the endpoint.
/// </summary>
internal sealed class PlatformCall(JsonElement body)
{
    private const string ItemKey = "Portal.Demo.PlatformCall";

    public JsonElement Body { get; } = body;

    public static PlatformCall Of(HttpContext context) =>
        context.Items[ItemKey] as PlatformCall ?? throw new InvalidOperationException("The Platform gate did not run.");

    public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;

    public bool Has(string name) => Body.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A string or number field, trimmed; null when absent or empty.</summary>
    public string? String(string name)
    {
        if (!Body.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>
    /// A text as a field the Platform stores whatever it is sent (<c>request_data.get(name, current)</c>): an empty or
    /// blank text is kept as sent, so it clears the value; null only when the key is missing or holds no text.
    /// </summary>
    public string? StoredText(string name) =>
        Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An id sent as a JSON integer or a numeric string, as the Platform's <c>int()</c> takes it.</summary>
    public long? Id(string name) =>
        long.TryParse(String(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The body <c>timestamp</c> when it is a JSON number (not a string) other than 0; null otherwise.</summary>
    public DateTimeOffset? Timestamp()
    {
        if (!Body.TryGetProperty("timestamp", out var value) || value.ValueKind != JsonValueKind.Number
            || !value.TryGetDecimal(out var seconds) || seconds == 0 || Math.Abs(seconds) > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return null;
        }

        return DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
    }
}
