using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>
/// Reads a value a service may send as a JSON string or as a number (<c>"42"</c> or <c>42</c>), and refuses anything else:
/// for the fields whose absence means something (a <c>tenantId</c> left out is the asked tenant, an answer without
/// <c>error</c> succeeded), where an unreadable value must fail the answer rather than pass for an absent one. Other text,
/// row ids included, is read by <see cref="TolerantTextConverter"/>.
/// </summary>
internal sealed class StringOrNumberConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryReadText(ref reader, out var text) ? text : throw new JsonException($"Expected a string or a number, found {reader.TokenType}.");

    /// <summary>A JSON string as it is, a number as its JSON text; false for any other token, which is left unread.</summary>
    public static bool TryReadText(ref Utf8JsonReader reader, out string? text)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                text = reader.GetString();
                return true;
            case JsonTokenType.Number:
                text = reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan);
                return true;
            default:
                text = null;
                return false;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
