using System.Globalization;
using System.Text.Json;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// What a refusal's body says, read tolerantly from every shape the Platform uses (platform-api.md §2.1):
/// <c>{"error": "HMAC authentication failed"}</c> without <c>success</c> (its HMAC middleware),
/// <c>{"success": false, "error": "..."}</c>, <c>{"success": false, "errors": {"field": ["msg"]}}</c> (ticket create and
/// reply), DRF's <c>{"detail": "..."}</c>, the 429's <c>retry_after</c>, and Django's HTML pages (an unknown path, an
/// uncaught exception, maintenance), which mean PLATFORM_API_URL points at the wrong place or the Platform is down.
/// </summary>
internal sealed record PlatformErrorBody
{
    private static readonly PlatformErrorBody Empty = new();

    /// <summary>A sentence for the user: <c>error</c>, else the field messages, else <c>detail</c>; null when there is none.</summary>
    public string? Message { get; private init; }

    /// <summary>The <c>errors</c> map, messages per field as the Platform names them; null when the body has none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? FieldErrors { get; private init; }

    /// <summary>The body's <c>retry_after</c> in seconds, when it has one.</summary>
    public TimeSpan? RetryAfter { get; private init; }

    /// <summary>The body has a <c>success</c> key: a view answered, not the HMAC middleware (whose 401 has none).</summary>
    public bool HasSuccessKey { get; private init; }

    /// <summary>The answer is a web page where JSON was expected.</summary>
    public bool IsWebPage { get; private init; }

    public static PlatformErrorBody Read(string? content, string? mediaType)
    {
        if (IsHtml(content, mediaType))
        {
            return new PlatformErrorBody { IsWebPage = true };
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            return Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            return document.RootElement.ValueKind == JsonValueKind.Object ? FromObject(document.RootElement) : Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    /// <summary>An HTML media type, or a body that opens like a page whatever its header says.</summary>
    public static bool IsHtml(string? content, string? mediaType) =>
        string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase)
        || string.Equals(mediaType, "application/xhtml+xml", StringComparison.OrdinalIgnoreCase)
        || (content is not null && content.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal));

    private static PlatformErrorBody FromObject(JsonElement root)
    {
        var fieldErrors = root.TryGetProperty("errors", out var errors) ? ReadFieldErrors(errors) : null;
        var message = Text(root, "error")
            ?? ErrorObjectMessage(root)
            ?? (fieldErrors is { Count: > 0 } ? string.Join(" ", fieldErrors.SelectMany(field => field.Value)) : null)
            ?? Text(root, "detail");
        return new PlatformErrorBody
        {
            Message = message,
            FieldErrors = fieldErrors,
            RetryAfter = ReadSeconds(root),
            HasSuccessKey = root.TryGetProperty("success", out _),
        };
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    /// <summary>Some views nest the sentence: <c>{"error": {"message": "..."}}</c>.</summary>
    private static string? ErrorObjectMessage(JsonElement root) =>
        root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? Text(error, "message") : null;

    /// <summary>Each field's messages as a list; a lone string counts as one message, anything else is left out.</summary>
    private static Dictionary<string, IReadOnlyList<string>>? ReadFieldErrors(JsonElement errors)
    {
        if (errors.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in errors.EnumerateObject())
        {
            var messages = field.Value.ValueKind switch
            {
                JsonValueKind.Array => field.Value.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                    .Select(item => item.GetString()!)
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

    private static TimeSpan? ReadSeconds(JsonElement root)
    {
        if (!root.TryGetProperty("retry_after", out var value))
        {
            return null;
        }

        decimal? seconds = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
            JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var text) => text,
            _ => null,
        };
        return seconds is >= 0 and <= 86_400 ? TimeSpan.FromSeconds((long)Math.Ceiling(seconds.Value)) : null;
    }
}
