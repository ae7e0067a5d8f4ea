using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// An optional nested object of the Platform's answers (an invoice's <c>bill_to</c>, a service's <c>server</c>, a ticket's
/// <c>category</c>, …), put on such a property: an object is read as its type is, and any other value (a string, a number,
/// a list, a flag) is no object, which the mappers treat as a missing one, rather than failing the answer over one value.
/// </summary>
internal sealed class OptionalObjectConverter<TObject> : JsonConverter<TObject>
    where TObject : class
{
    public override TObject? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        // The type's own contract, not this converter: the attribute is on the property, never on the type.
        return JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<TObject>)options.GetTypeInfo(typeof(TObject)));
    }

    public override void Write(Utf8JsonWriter writer, TObject value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Portal never sends the Platform's nested answers.");
}
