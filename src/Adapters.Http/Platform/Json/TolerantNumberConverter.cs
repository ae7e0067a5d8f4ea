using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// Every optional number of the Platform's answers (a count, an amount in cents, a size), read tolerantly: a JSON number,
/// or its digits as text (<c>"12"</c>, <c>" 1.5 "</c>), that <typeparamref name="TNumber"/> holds; anything else (<c>""</c>,
/// <c>"n/a"</c>, <c>1.5</c> for a count, a number too large for it, a flag, an object, a list) is no number, which the
/// mappers treat as missing: a required value fails the answer, an optional one is shown as unknown. Portal's own
/// requests are written as plain JSON numbers.
/// </summary>
internal sealed class TolerantNumberConverter<TNumber> : JsonConverter<TNumber?>
    where TNumber : struct, INumber<TNumber>
{
    /// <summary>Decimal notation as JSON writes it, with blanks around it in text; no thousands separators (a guess).</summary>
    private const NumberStyles Notation = NumberStyles.Float;

    /// <summary>More than any of these types' numbers takes to write.</summary>
    private const int LongestText = 64;

    public override TNumber? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (TryRead(ref reader) is { } number)
        {
            return number;
        }

        reader.Skip();
        return null;
    }

    /// <summary>The number a JSON number or string token spells, or null for any other token or text.</summary>
    public static TNumber? TryRead(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.Number or JsonTokenType.String))
        {
            return null;
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return TNumber.TryParse(reader.ValueSpan, Notation, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        return TNumber.TryParse(reader.GetString(), Notation, CultureInfo.InvariantCulture, out var unescaped) ? unescaped : null;
    }

    public override void Write(Utf8JsonWriter writer, TNumber? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);

        // Never null: the serializer writes a null Nullable<T> itself, and the request bodies leave nulls out.
        var number = value!.Value;
        Span<byte> text = stackalloc byte[LongestText];
        if (!number.TryFormat(text, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new JsonException($"{number} does not fit in {LongestText} bytes.");
        }

        writer.WriteRawValue(text[..written], skipInputValidation: true);
    }
}
