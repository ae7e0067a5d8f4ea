using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// Every optional flag of the Platform's answers (<c>bool?</c>: <c>is_primary</c>, <c>auto_renew</c>, <c>is_safe</c>, the
/// notification and consent flags, …): a flag spelled as <see cref="TolerantBooleanConverter"/> reads one; anything else
/// (<c>"yes"</c>, <c>2</c>, <c>""</c>, an object, a list) is no flag, read past whole and missing, which each mapper
/// treats as it treats an absent flag, rather than failing the answer over one value; so is text that is no valid
/// UTF-8. Like the spellings it reads, it allocates nothing, but for such invalid text, which the reader reports only by
/// throwing. Portal's own requests write JSON booleans.
/// </summary>
internal sealed class OptionalBooleanConverter : JsonConverter<bool?>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (TolerantBooleanConverter.TryRead(ref reader) is { } flag)
        {
            return flag;
        }

        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);

        // Never null: the serializer writes a null Nullable<T> itself, and the request bodies leave nulls out.
        writer.WriteBooleanValue(value!.Value);
    }
}
