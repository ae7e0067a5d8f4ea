using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// A number whose <c>null</c> or absence means something of its own (a plan's or a service's limit: none; a price: not
/// sold on that cycle; an invoice line's quantity: 1, its tax rate: none; a usage figure: nothing used), put on such a
/// property: it is read as <see cref="TolerantNumberConverter{TNumber}"/> reads a number, but one that cannot be read
/// fails the answer, since reading it as null would show "unlimited", "not sold", 1 or 0 where the Platform said
/// something else.
/// </summary>
internal sealed class StrictNumberConverter<TNumber> : JsonConverter<TNumber?>
    where TNumber : struct, INumber<TNumber>
{
    public override TNumber? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TolerantNumberConverter<TNumber>.TryRead(ref reader)
            ?? throw new JsonException($"Expected a {typeof(TNumber).Name} or null, found {reader.TokenType} that is none.");

    public override void Write(Utf8JsonWriter writer, TNumber? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Portal never sends a limit or a price.");
}
