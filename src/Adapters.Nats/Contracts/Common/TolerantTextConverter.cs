using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>
/// Every text field of the HTPI answers, row ids included (<see cref="HtpiJsonContext"/> registers it for all of them): a
/// string as it is, a number or a boolean as its JSON text (<c>phone: 5551234</c> is <c>"5551234"</c>), and an object or
/// an array, which no text can stand for, as absent (null). So a value of the wrong JSON type degrades that one value,
/// as a missing one does, instead of failing the whole answer. Whatever the mappers require (a name, a description)
/// they still require, and a row whose id is absent is left out. Fields whose absence means something (tenant ids, user
/// ids) keep <see cref="StringOrNumberConverter"/>, which refuses an object or an array: an unreadable <c>tenantId</c>
/// taken as absent would pass for the asked tenant.
/// </summary>
internal sealed class TolerantTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (StringOrNumberConverter.TryReadText(ref reader, out var text))
        {
            return text;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
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
