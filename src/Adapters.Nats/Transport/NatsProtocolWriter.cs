using System.Buffers;
using System.Globalization;
using System.Text;

namespace Portal.Adapters.Nats.Transport;

/// <summary>Formats client protocol frames straight into a buffer, without intermediate strings.</summary>
internal static class NatsProtocolWriter
{
    private const int MaxNumberBytes = 20;

    private static ReadOnlySpan<byte> Crlf => "\r\n"u8;

    private static ReadOnlySpan<byte> HeaderVersion => "NATS/1.0\r\n"u8;

    public static void WriteConnect(IBufferWriter<byte> writer, ReadOnlySpan<byte> json)
    {
        writer.Write("CONNECT "u8);
        writer.Write(json);
        writer.Write(Crlf);
    }

    public static void WritePing(IBufferWriter<byte> writer) => writer.Write("PING\r\n"u8);

    public static void WritePong(IBufferWriter<byte> writer) => writer.Write("PONG\r\n"u8);

    /// <summary>Bytes the headers take on the wire, the blank line that ends them included (0 without headers).</summary>
    public static int GetHeadersLength(NatsHeaders? headers)
    {
        if (headers is null)
        {
            return 0;
        }

        var length = HeaderVersion.Length + Crlf.Length;
        foreach (var (key, value) in headers)
        {
            length += Encoding.UTF8.GetByteCount(key) + 2 + Encoding.UTF8.GetByteCount(value) + Crlf.Length;
        }

        return length;
    }

    /// <summary>PUB, or HPUB when <paramref name="headers"/> is given; <paramref name="headersLength"/> is <see cref="GetHeadersLength"/>.</summary>
    public static void WritePublish(
        IBufferWriter<byte> writer,
        string subject,
        string? replyTo,
        NatsHeaders? headers,
        int headersLength,
        ReadOnlySpan<byte> payload)
    {
        var lineCapacity = 5 + Encoding.UTF8.GetMaxByteCount(subject.Length) + 1
            + (replyTo is null ? 0 : Encoding.UTF8.GetMaxByteCount(replyTo.Length) + 1)
            + (2 * (MaxNumberBytes + 1)) + Crlf.Length;
        var span = writer.GetSpan(lineCapacity);
        var at = 0;
        if (headers is null)
        {
            "PUB "u8.CopyTo(span);
            at = 4;
        }
        else
        {
            "HPUB "u8.CopyTo(span);
            at = 5;
        }

        at += Encoding.UTF8.GetBytes(subject, span[at..]);
        span[at++] = (byte)' ';
        if (replyTo is not null)
        {
            at += Encoding.UTF8.GetBytes(replyTo, span[at..]);
            span[at++] = (byte)' ';
        }

        if (headers is not null)
        {
            at += WriteNumber(headersLength, span[at..]);
            span[at++] = (byte)' ';
        }

        at += WriteNumber(headersLength + payload.Length, span[at..]);
        Crlf.CopyTo(span[at..]);
        writer.Advance(at + Crlf.Length);

        if (headers is not null)
        {
            WriteHeaders(writer, headers, headersLength);
        }

        writer.Write(payload);
        writer.Write(Crlf);
    }

    public static void WriteSubscribe(IBufferWriter<byte> writer, string subject, string? queueGroup, long sid)
    {
        var span = writer.GetSpan(
            4 + Encoding.UTF8.GetMaxByteCount(subject.Length) + 1
            + (queueGroup is null ? 0 : Encoding.UTF8.GetMaxByteCount(queueGroup.Length) + 1)
            + MaxNumberBytes + Crlf.Length);
        "SUB "u8.CopyTo(span);
        var at = 4;
        at += Encoding.UTF8.GetBytes(subject, span[at..]);
        span[at++] = (byte)' ';
        if (queueGroup is not null)
        {
            at += Encoding.UTF8.GetBytes(queueGroup, span[at..]);
            span[at++] = (byte)' ';
        }

        at += WriteNumber(sid, span[at..]);
        Crlf.CopyTo(span[at..]);
        writer.Advance(at + Crlf.Length);
    }

    public static void WriteUnsubscribe(IBufferWriter<byte> writer, long sid, int? maxMessages)
    {
        var span = writer.GetSpan(6 + (2 * (MaxNumberBytes + 1)) + Crlf.Length);
        "UNSUB "u8.CopyTo(span);
        var at = 6;
        at += WriteNumber(sid, span[at..]);
        if (maxMessages is { } max)
        {
            span[at++] = (byte)' ';
            at += WriteNumber(max, span[at..]);
        }

        Crlf.CopyTo(span[at..]);
        writer.Advance(at + Crlf.Length);
    }

    private static void WriteHeaders(IBufferWriter<byte> writer, NatsHeaders headers, int headersLength)
    {
        var span = writer.GetSpan(headersLength);
        HeaderVersion.CopyTo(span);
        var at = HeaderVersion.Length;
        foreach (var (key, value) in headers)
        {
            at += Encoding.UTF8.GetBytes(key, span[at..]);
            span[at++] = (byte)':';
            span[at++] = (byte)' ';
            at += Encoding.UTF8.GetBytes(value, span[at..]);
            Crlf.CopyTo(span[at..]);
            at += Crlf.Length;
        }

        Crlf.CopyTo(span[at..]);
        writer.Advance(at + Crlf.Length);
    }

    private static int WriteNumber(long value, Span<byte> destination)
    {
        if (!value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException("No room to format a protocol number.");
        }

        return written;
    }
}
