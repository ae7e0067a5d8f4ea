using System.Text.Json;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>The envelope of every JSON answer: <c>{success: true, ...}</c> or <c>{success: false, error}</c>.</summary>
internal class PlatformAnswer
{
    public bool Success { get; set; }

    /// <summary>Usually a sentence for the user; kept raw because some endpoints send an object of field errors.</summary>
    public JsonElement? Error { get; set; }

    /// <summary>The refusal's reason as text, or null when the Platform gave none a user can read.</summary>
    public string? ErrorMessage() => Error switch
    {
        { ValueKind: JsonValueKind.String } text when !string.IsNullOrWhiteSpace(text.GetString()) => text.GetString(),
        { ValueKind: JsonValueKind.Object } details
            when details.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
            => message.GetString(),
        _ => null,
    };
}
