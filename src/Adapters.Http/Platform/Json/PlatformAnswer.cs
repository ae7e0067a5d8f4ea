using System.Text.Json;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>The envelope of every JSON answer: <c>{success: true, ...}</c> or <c>{success: false, error}</c>.</summary>
internal class PlatformAnswer
{
    public bool Success { get; set; }

    /// <summary>Usually a sentence for the user; kept raw because some endpoints send an object of field errors.</summary>
    public JsonElement? Error { get; set; }

    /// <summary>Field errors, <c>{"field": ["message", ...]}</c> (ticket create and reply), with no <c>error</c> beside them.</summary>
    public JsonElement? Errors { get; set; }

    /// <summary>The messages of <see cref="Errors"/> per field; fields without a readable message are left out.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors()
    {
        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (Errors is not { ValueKind: JsonValueKind.Object } errors)
        {
            return fields;
        }

        foreach (var field in errors.EnumerateObject())
        {
            var messages = field.Value.ValueKind switch
            {
                JsonValueKind.Array => field.Value.EnumerateArray()
                    .Where(message => message.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(message.GetString()))
                    .Select(message => message.GetString()!)
                    .ToArray(),
                JsonValueKind.String when !string.IsNullOrWhiteSpace(field.Value.GetString()) => [field.Value.GetString()!],
                _ => [],
            };
            if (messages.Length > 0)
            {
                fields[field.Name] = messages;
            }
        }

        return fields;
    }

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
