using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>
/// An amount in dollars as a JSON number (<c>25.5</c>) or as text the same services write elsewhere (<c>"$25.50"</c>,
/// <c>"1,200"</c>); anything else is not an amount, and the answer is malformed as before.
/// </summary>
internal sealed class DollarsConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number => reader.GetDecimal(),
            JsonTokenType.String when DollarText.TryParse(reader.GetString(), out var dollars) => dollars,
            _ => throw new JsonException($"Expected an amount in dollars, found {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
