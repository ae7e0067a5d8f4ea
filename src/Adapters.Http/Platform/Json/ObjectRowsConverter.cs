using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// A list of objects of the Platform's answers (invoices, services, tickets, a document's lines, a ticket's comments and
/// files, …), put on such a property: an entry that is an object is read as <typeparamref name="TDto"/>, and any other
/// entry (<c>null</c>, a string, a number, a list, a flag) is no row and is null, which the mappers leave out as they
/// leave out a null row, so one odd entry costs itself, not the list. A value that is no list (an object, a string, a
/// number) still fails the answer, as the list is what was asked for; a <c>null</c> one is read as a missing one.
/// </summary>
internal sealed class ObjectRowsConverter<TDto> : JsonConverter<List<TDto?>>
    where TDto : class
{
    public override List<TDto?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a list, found {reader.TokenType}.");
        }

        // The row type's own contract, not this converter: the attribute is on the list property, never on the type.
        var rowType = (JsonTypeInfo<TDto>)options.GetTypeInfo(typeof(TDto));
        var rows = new List<TDto?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                rows.Add(JsonSerializer.Deserialize(ref reader, rowType));
            }
            else
            {
                reader.Skip();
                rows.Add(null);
            }
        }

        return rows;
    }

    public override void Write(Utf8JsonWriter writer, List<TDto?> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Portal never sends the Platform's lists of answers.");
}
