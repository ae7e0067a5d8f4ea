using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// Every required flag of the Platform's answers (the envelope's <c>success</c>, the session's <c>active</c>), read
/// tolerantly: <c>true</c>/<c>false</c>, the strings "true"/"false" in any case (a serializer that quotes every value),
/// escaped or not, and the numbers 1/0 (Python's truthiness). Anything else, text that is no valid UTF-8 included, is no
/// flag and fails the answer, as a required flag cannot be guessed; an optional one (<c>bool?</c>) is read by
/// <see cref="OptionalBooleanConverter"/> instead. Portal's own requests always write JSON booleans (PRAHO would take
/// the string "false" for true).
/// </summary>
internal sealed class TolerantBooleanConverter : JsonConverter<bool>
{
    /// <summary>Longer than any spelling of a flag with a few spaces or escapes around it: no flag.</summary>
    private const int LongestText = 16;

    /// <summary>The longest such text may be as sent with every character escaped (<c>\u0074</c>, six bytes each).</summary>
    private const int LongestEscapedText = 6 * LongestText;

    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryRead(ref reader)
            ?? throw new JsonException($"Expected a flag (true or false, as such, as text or as 1 or 0), found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteBooleanValue(value);
    }

    /// <summary>The flag a token spells, or null for any other token or text; the reader is left on the token.</summary>
    public static bool? TryRead(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Number when reader.TryGetInt32(out var number) && number is 0 or 1 => number == 1,
            JsonTokenType.String => FromText(ref reader),
            _ => null,
        };

    /// <summary>
    /// The text copied to the stack, not allocated: a flag's spelling is a few characters. Text longer than that once
    /// unescaped is no flag, and so is text that is no valid UTF-8 (a stray byte, an escaped lone surrogate), which the
    /// reader can only report by throwing: such a value costs an exception, never the answer.
    /// </summary>
    private static bool? FromText(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > (reader.ValueIsEscaped ? LongestEscapedText : LongestText))
        {
            return null;
        }

        Span<char> buffer = stackalloc char[LongestText];
        int written;
        try
        {
            written = reader.CopyString(buffer);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // ArgumentException: longer than the buffer once unescaped; InvalidOperationException: no valid text.
            return null;
        }

        var text = buffer[..written].Trim();
        return text.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
            : text.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
            : null;
    }
}
