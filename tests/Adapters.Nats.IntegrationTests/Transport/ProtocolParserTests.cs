using System.Buffers;
using System.Text;
using Portal.Adapters.Nats.Transport;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

public sealed class ProtocolParserTests
{
    private const string HeaderBlock = "NATS/1.0\r\nTrace-Id: t1\r\ntrace-id: t2\r\nTrace-Id: t3\r\n\r\n";
    private const string NoRespondersBlock = "NATS/1.0 503\r\n\r\n";

    private static readonly string Stream =
        "INFO {\"server_id\":\"S1\",\"max_payload\":1024,\"headers\":true,\"connect_urls\":[\"10.0.0.2:4222\"]}\r\n"
        + "MSG orders.created 7 5\r\nhello\r\n"
        + "MSG orders.empty 8 reply.to.me 0\r\n\r\n"
        + $"HMSG orders.traced 9 reply.x {Encoding.UTF8.GetByteCount(HeaderBlock)} {Encoding.UTF8.GetByteCount(HeaderBlock) + 4}\r\n{HeaderBlock}body\r\n"
        + $"HMSG _INBOX.abc.1 10 {NoRespondersBlock.Length} {NoRespondersBlock.Length}\r\n{NoRespondersBlock}\r\n"
        + "PING\r\n"
        + "PONG\r\n"
        + "+OK\r\n"
        + "-ERR 'Permissions Violation for Publish to \"secret.x\"'\r\n"
        + "MSG crlf.inside 11 6\r\na\r\nb\r\n\r\n";

    private static readonly byte[] StreamBytes = Encoding.UTF8.GetBytes(Stream);

    [Fact]
    public void Whole_stream_parses_into_every_frame()
    {
        var frames = Feed([StreamBytes]);

        AssertExpectedFrames(frames);
    }

    [Fact]
    public void Stream_split_in_two_at_every_offset_parses_the_same()
    {
        for (var split = 0; split <= StreamBytes.Length; split++)
        {
            var frames = Feed([StreamBytes[..split], StreamBytes[split..]]);

            AssertExpectedFrames(frames);
        }
    }

    [Fact]
    public void Stream_fed_byte_by_byte_parses_the_same()
    {
        var frames = Feed(StreamBytes.Select(b => new[] { b }));

        AssertExpectedFrames(frames);
    }

    [Fact]
    public void Complete_sequence_of_two_segments_split_anywhere_parses_the_same()
    {
        for (var split = 0; split <= StreamBytes.Length; split++)
        {
            var sequence = ChunkedSequence.Of([StreamBytes.AsMemory(0, split), StreamBytes.AsMemory(split)]);
            var frames = new List<ServerFrame>();
            while (NatsProtocolParser.TryParse(ref sequence, out var frame))
            {
                frames.Add(frame);
            }

            Assert.Equal(0, sequence.Length);
            AssertExpectedFrames(frames);
        }
    }

    [Fact]
    public void Incomplete_payload_is_left_in_the_buffer()
    {
        var sequence = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes("MSG a 1 5\r\nhel"));

        Assert.False(NatsProtocolParser.TryParse(ref sequence, out _));
        Assert.Equal(14, sequence.Length);
    }

    [Fact]
    public void Payload_without_trailing_crlf_is_a_protocol_error()
    {
        var sequence = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes("MSG a 1 5\r\nhelloXY"));

        Assert.Throws<NatsProtocolException>(() => NatsProtocolParser.TryParse(ref sequence, out _));
    }

    [Theory]
    [InlineData("BOGUS\r\n")]
    [InlineData("MSG a\r\n")]
    [InlineData("MSG a 1 x\r\n")]
    [InlineData("HMSG a 1 9 5\r\n")]
    public void Malformed_control_line_is_a_protocol_error(string text)
    {
        var sequence = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(text));

        Assert.Throws<NatsProtocolException>(() => NatsProtocolParser.TryParse(ref sequence, out _));
    }

    [Fact]
    public void Endless_control_line_is_a_protocol_error()
    {
        var sequence = new ReadOnlySequence<byte>(new byte[NatsProtocolParser.MaxControlLineBytes + 1]);

        Assert.Throws<NatsProtocolException>(() => NatsProtocolParser.TryParse(ref sequence, out _));
    }

    [Fact]
    public void Status_line_with_description_is_parsed()
    {
        const string Block = "NATS/1.0 408 Request Timeout\r\n\r\n";
        var sequence = new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes($"HMSG a 1 {Block.Length} {Block.Length}\r\n{Block}\r\n"));

        Assert.True(NatsProtocolParser.TryParse(ref sequence, out var frame));

        Assert.Equal(408, frame.Message!.Headers!.StatusCode);
        Assert.Equal("Request Timeout", frame.Message.Headers.StatusDescription);
        Assert.False(frame.Message.IsNoResponders);
    }

    private static List<ServerFrame> Feed(IEnumerable<byte[]> arrivals)
    {
        var frames = new List<ServerFrame>();
        var unconsumed = new List<ReadOnlyMemory<byte>>();
        foreach (var arrival in arrivals)
        {
            unconsumed.Add(arrival);
            var sequence = ChunkedSequence.Of(unconsumed);
            while (NatsProtocolParser.TryParse(ref sequence, out var frame))
            {
                frames.Add(frame);
            }

            unconsumed.Clear();
            foreach (var memory in sequence)
            {
                if (!memory.IsEmpty)
                {
                    unconsumed.Add(memory);
                }
            }
        }

        Assert.Empty(unconsumed);
        return frames;
    }

    private static void AssertExpectedFrames(List<ServerFrame> frames)
    {
        Assert.Equal(
            [
                ServerOperation.Info, ServerOperation.Msg, ServerOperation.Msg, ServerOperation.Msg, ServerOperation.Msg,
                ServerOperation.Ping, ServerOperation.Pong, ServerOperation.Ok, ServerOperation.Err, ServerOperation.Msg,
            ],
            frames.Select(f => f.Operation));

        var info = NatsServerInfo.Parse(frames[0].Text!);
        Assert.Equal(1024, info.MaxPayload);
        Assert.Equal(["10.0.0.2:4222"], info.ConnectUrls!);

        Assert.Equal(7, frames[1].Sid);
        Assert.Equal("orders.created", frames[1].Message!.Subject);
        Assert.Null(frames[1].Message!.ReplyTo);
        Assert.Equal("hello", Encoding.UTF8.GetString(frames[1].Message!.Payload.Span));

        Assert.Equal("reply.to.me", frames[2].Message!.ReplyTo);
        Assert.True(frames[2].Message!.Payload.IsEmpty);

        var traced = frames[3].Message!;
        Assert.Equal(9, frames[3].Sid);
        Assert.Equal("reply.x", traced.ReplyTo);
        Assert.Equal("body", Encoding.UTF8.GetString(traced.Payload.Span));
        Assert.Null(traced.Headers!.StatusCode);
        Assert.Equal(
            [new("Trace-Id", "t1"), new("trace-id", "t2"), new KeyValuePair<string, string>("Trace-Id", "t3")],
            traced.Headers.ToList());
        Assert.Equal(["t1", "t3"], traced.Headers.GetValues("Trace-Id"));

        var noResponders = frames[4].Message!;
        Assert.Equal(503, noResponders.Headers!.StatusCode);
        Assert.True(noResponders.IsNoResponders);

        Assert.Equal("Permissions Violation for Publish to \"secret.x\"", frames[8].Text);
        Assert.Equal("a\r\nb\r\n", Encoding.UTF8.GetString(frames[9].Message!.Payload.Span));
    }
}
