using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// Every text of the Platform's answers, read tolerantly: a JSON string as it is, a number as its JSON text (an id Django
/// sends as an integer, a <c>title</c> sent as 12345); anything else (an object, a list, a boolean) is no text, which the
/// mappers treat as missing: a required value fails the answer, an optional one is shown as unknown. Portal's own
/// requests are written as plain strings.
/// </summary>
internal sealed class TolerantStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                // JSON writes numbers in one invariant spelling ("12.5", "1e3"): taken as written, never through a double.
                return reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
