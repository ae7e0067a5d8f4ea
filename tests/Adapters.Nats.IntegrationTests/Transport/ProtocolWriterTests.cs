using System.Buffers;
using System.Text;
using Portal.Adapters.Nats.Transport;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class ProtocolWriterTests
{
    [Fact]
    public void Publish_without_headers_is_a_PUB_frame()
    {
        var text = Write(w => NatsProtocolWriter.WritePublish(w, "orders.new", "reply.1", null, 0, "hello"u8));

        Assert.Equal("PUB orders.new reply.1 5\r\nhello\r\n", text);
    }

    [Fact]
    public void Publish_with_headers_is_an_HPUB_frame_with_both_sizes()
    {
        var headers = new NatsHeaders().Add("Key", "a").Add("key", "b");
        var length = NatsProtocolWriter.GetHeadersLength(headers);

        var text = Write(w => NatsProtocolWriter.WritePublish(w, "orders.new", null, headers, length, "hi"u8));

        const string Block = "NATS/1.0\r\nKey: a\r\nkey: b\r\n\r\n";
        Assert.Equal(Block.Length, length);
        Assert.Equal($"HPUB orders.new {Block.Length} {Block.Length + 2}\r\n{Block}hi\r\n", text);
    }

    [Fact]
    public void Subscribe_and_unsubscribe_frames()
    {
        Assert.Equal("SUB a.* 12\r\n", Write(w => NatsProtocolWriter.WriteSubscribe(w, "a.*", null, 12)));
        Assert.Equal("SUB a.> workers 13\r\n", Write(w => NatsProtocolWriter.WriteSubscribe(w, "a.>", "workers", 13)));
        Assert.Equal("UNSUB 12\r\n", Write(w => NatsProtocolWriter.WriteUnsubscribe(w, 12, null)));
        Assert.Equal("UNSUB 12 5\r\n", Write(w => NatsProtocolWriter.WriteUnsubscribe(w, 12, 5)));
    }

    [Fact]
    public void Header_values_with_line_breaks_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new NatsHeaders().Add("Key", "a\r\nInjected: yes"));
        Assert.Throws<ArgumentException>(() => new NatsHeaders().Add("Bad Key", "a"));
    }

    private static string Write(Action<IBufferWriter<byte>> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
