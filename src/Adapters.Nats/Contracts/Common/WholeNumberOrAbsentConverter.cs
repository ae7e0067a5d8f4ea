using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>
/// An optional count or order (a dashboard figure, <c>insuranceCount</c>, <c>coverage_order</c>): a whole JSON number
/// (<c>12</c>, or <c>12.0</c> as a service computing in floats writes it) or one in a string (<c>"12"</c>). Anything
/// else (<c>12.5</c>, <c>"n/a"</c>, an object, a number beyond range) is absent, so that one value degrades instead of the
/// whole answer; what a negative one means is the mapper's to say.
/// </summary>
internal sealed class WholeNumberOrAbsentConverter : JsonConverter<int?>
{
    private const NumberStyles WrittenNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetDecimal(out var number):
                return Whole(number);
            case JsonTokenType.String when decimal.TryParse(reader.GetString()?.Trim(), WrittenNumber, CultureInfo.InvariantCulture, out var number):
                return Whole(number);
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static int? Whole(decimal number) =>
        decimal.IsInteger(number) && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;
}
