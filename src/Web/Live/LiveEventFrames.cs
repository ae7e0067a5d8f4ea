using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Portal.Domain.LiveUpdates;

namespace Portal.Web.Live;

/// <summary>
/// The Server-Sent Events frame of a tenant event (<c>data: {json}</c> and the blank line), made once per event however
/// many streams carry it: the feed hands the same <see cref="TenantEvent"/> to every watcher of the tenant, so a
/// broadcast to 10,000 open streams is mapped and serialised once, not 10,000 times. A frame lives as long as its event.
/// </summary>
internal static class LiveEventFrames
{
    private static readonly ConditionalWeakTable<TenantEvent, byte[]> Frames = [];

    public static ReadOnlyMemory<byte> For(TenantEvent tenantEvent) => Frames.GetValue(tenantEvent, Frame);

    private static byte[] Frame(TenantEvent tenantEvent)
    {
        var frame = new ArrayBufferWriter<byte>(512);
        frame.Write("data: "u8);
        using (var json = new Utf8JsonWriter(frame, new JsonWriterOptions { Encoder = JsonSerializerOptions.Web.Encoder }))
        {
            JsonSerializer.Serialize(json, LiveEventMessage.From(tenantEvent), LiveEventJson.Default.LiveEventMessage);
        }

        frame.Write("\n\n"u8);
        return frame.WrittenSpan.ToArray();
    }
}
