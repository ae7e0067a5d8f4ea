using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Billing.Dtos;

/// <summary>
/// Reads the <c>currency</c> object field by field (a converter on the type, so the source-generated context does not
/// need one of its own), and, read tolerantly, a bare code string as the currency with only its code; any other value
/// (a list, a number, a flag) as no currency.
/// </summary>
internal sealed class CurrencyDtoConverter : JsonConverter<CurrencyDto>
{
    public override CurrencyDto? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new CurrencyDto { Code = reader.GetString() };
            case JsonTokenType.StartObject:
                break;
            default:
                // A list or a number names no currency: the document is read as one that names none.
                reader.Skip();
                return null;
        }

        var currency = new CurrencyDto();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "code":
                    currency.Code = Text(ref reader);
                    break;
                case "id":
                    currency.Id = Text(ref reader);
                    break;
                case "name":
                    currency.Name = Text(ref reader);
                    break;
                case "symbol":
                    currency.Symbol = Text(ref reader);
                    break;
                case "decimals":
                    currency.Decimals = TolerantNumberConverter<int>.TryRead(ref reader);
                    if (currency.Decimals is null)
                    {
                        // An object or a list is read past whole, lest its own fields be taken for the currency's.
                        reader.Skip();
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return currency;
    }

    public override void Write(Utf8JsonWriter writer, CurrencyDto value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Portal never sends a currency.");

    private static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var number) ? number.ToString(CultureInfo.InvariantCulture) : null,
        _ => SkipAndNull(ref reader),
    };

    private static string? SkipAndNull(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}
