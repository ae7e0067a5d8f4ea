using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Portal.Demo.Backend.Platform;

/// <summary>A Platform request whose signature held, with its JSON body; the gate stores it for the endpoint.</summary>
internal sealed class PlatformCall(JsonElement body)
{
    private const string ItemKey = "Portal.Demo.PlatformCall";

    public JsonElement Body { get; } = body;

    public string? UserId => String("user_id");

    public string? CustomerId => String("customer_id");

    public static PlatformCall Of(HttpContext context) =>
        context.Items[ItemKey] as PlatformCall ?? throw new InvalidOperationException("The Platform gate did not run.");

    public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;

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

    public int? Int(string name) =>
        int.TryParse(String(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
