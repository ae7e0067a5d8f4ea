using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Portal.Adapters.Nats.Contracts.Common;

/// <summary>
/// An optional block of an answer (a tenant's <c>settings</c>, an encounter's <c>vitals</c>, a patient broadcast's
/// <c>patient</c>, a block of the dashboard's stats): read as <typeparamref name="T"/> when it is a JSON object; anything
/// else (a string holding JSON, a list, a number) is skipped unread and absent, so that the values it would have held
/// degrade instead of the whole answer.
/// </summary>
internal sealed class ObjectOrAbsentConverter<T> : JsonConverter<T>
    where T : class
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        return JsonSerializer.Deserialize(ref reader, TypeInfo(options));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        JsonSerializer.Serialize(writer, value, TypeInfo(options));
    }

    private static JsonTypeInfo<T> TypeInfo(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
