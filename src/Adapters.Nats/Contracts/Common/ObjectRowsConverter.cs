using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>
/// A list of records that each carry an id or a time of their own (patients, claims, encounters, tenants, activities,
/// alerts): an entry that is a JSON object is read as <typeparamref name="T"/>; any other entry (null, a string, a number)
/// stands in its place as an empty record, which the mappers leave out as one without an id (or time, or text). So one odd
/// entry costs itself, not the list, and a page of a service-paged list keeps its length. A value that is no list still
/// fails the answer: the list is what was asked for.
/// </summary>
internal sealed class ObjectRowsConverter<T> : JsonConverter<IReadOnlyList<T>>
    where T : class, new()
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a list, found {reader.TokenType}.");
        }

        var rowType = RowType(options);
        var rows = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                rows.Add(JsonSerializer.Deserialize(ref reader, rowType) ?? new T());
            }
            else
            {
                reader.Skip();
                rows.Add(new T());
            }
        }

        return rows;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var rowType = RowType(options);
        writer.WriteStartArray();
        foreach (var row in value)
        {
            JsonSerializer.Serialize(writer, row, rowType);
        }

        writer.WriteEndArray();
    }

    private static JsonTypeInfo<T> RowType(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }
}
