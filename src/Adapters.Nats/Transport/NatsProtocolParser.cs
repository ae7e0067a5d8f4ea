using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Portal.Adapters.Nats.Transport;

/// <summary>
/// Parses server frames from the bytes received so far. A frame may be split anywhere (control line, headers, payload,
/// trailing CRLF): an incomplete frame leaves the buffer untouched and waits for more bytes.
/// </summary>
internal static class NatsProtocolParser
{
    /// <summary>A control line longer than this without CRLF is garbage (INFO with many connect URLs stays far below).</summary>
    public const int MaxControlLineBytes = 64 * 1024;

    private const int StackLineBytes = 512;

    /// <summary>Reads one frame from the front of <paramref name="buffer"/> and slices it off; false when more bytes are needed.</summary>
    public static bool TryParse(ref ReadOnlySequence<byte> buffer, out ServerFrame frame)
    {
        frame = default;
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> line, "\r\n"u8, advancePastDelimiter: true))
        {
            if (buffer.Length > MaxControlLineBytes)
            {
                throw new NatsProtocolException($"NATS: a control line exceeds {MaxControlLineBytes} bytes.");
            }

            return false;
        }

        if (line.IsSingleSegment)
        {
            return TryParseLine(line.FirstSpan, ref reader, ref buffer, out frame);
        }

        var length = checked((int)line.Length);
        byte[]? rented = null;
        var copy = length <= StackLineBytes ? stackalloc byte[StackLineBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            line.CopyTo(copy);
            return TryParseLine(copy[..length], ref reader, ref buffer, out frame);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static bool TryParseLine(scoped ReadOnlySpan<byte> line, ref SequenceReader<byte> reader, ref ReadOnlySequence<byte> buffer, out ServerFrame frame)
    {
        frame = default;
        if (StartsWithOperation(line, "MSG"u8))
        {
            return TryParseMessage(line[3..], hasHeaders: false, ref reader, ref buffer, out frame);
        }

        if (StartsWithOperation(line, "HMSG"u8))
        {
            return TryParseMessage(line[4..], hasHeaders: true, ref reader, ref buffer, out frame);
        }

        if (IsOperation(line, "PING"u8))
        {
            frame = new ServerFrame(ServerOperation.Ping);
        }
        else if (IsOperation(line, "PONG"u8))
        {
            frame = new ServerFrame(ServerOperation.Pong);
        }
        else if (IsOperation(line, "+OK"u8))
        {
            frame = new ServerFrame(ServerOperation.Ok);
        }
        else if (StartsWithOperation(line, "-ERR"u8) || IsOperation(line, "-ERR"u8))
        {
            var text = Encoding.UTF8.GetString(line[4..]).Trim().Trim('\'');
            frame = new ServerFrame(ServerOperation.Err, Text: text);
        }
        else if (StartsWithOperation(line, "INFO"u8))
        {
            frame = new ServerFrame(ServerOperation.Info, Text: Encoding.UTF8.GetString(line[4..]).Trim());
        }
        else
        {
            throw new NatsProtocolException($"NATS: unknown server operation '{Printable(line)}'.");
        }

        buffer = buffer.Slice(reader.Position);
        return true;
    }

    private static bool TryParseMessage(scoped ReadOnlySpan<byte> arguments, bool hasHeaders, ref SequenceReader<byte> reader, ref ReadOnlySequence<byte> buffer, out ServerFrame frame)
    {
        frame = default;
        Span<Range> ranges = stackalloc Range[6];
        var count = Split(arguments, ranges);
        var expected = hasHeaders ? 4 : 3;
        if (count != expected && count != expected + 1)
        {
            throw new NatsProtocolException($"NATS: malformed {(hasHeaders ? "HMSG" : "MSG")} line '{Printable(arguments)}'.");
        }

        var hasReply = count == expected + 1;
        var sid = ParseNumber(arguments[ranges[1]]);
        var totalLength = ParseNumber(arguments[ranges[count - 1]]);
        var headersLength = hasHeaders ? ParseNumber(arguments[ranges[count - 2]]) : 0;
        if (headersLength > totalLength || totalLength > int.MaxValue - 2)
        {
            throw new NatsProtocolException($"NATS: inconsistent sizes in '{Printable(arguments)}'.");
        }

        if (reader.Remaining < totalLength + 2)
        {
            return false;
        }

        var body = reader.UnreadSequence.Slice(0, totalLength);
        var terminator = reader.UnreadSequence.Slice(totalLength, 2);
        if (!IsCrlf(terminator))
        {
            throw new NatsProtocolException("NATS: a message payload is not followed by CRLF.");
        }

        var subject = Encoding.UTF8.GetString(arguments[ranges[0]]);
        var replyTo = hasReply ? Encoding.UTF8.GetString(arguments[ranges[2]]) : null;
        var headers = hasHeaders ? ParseHeaders(body.Slice(0, headersLength)) : null;
        var payload = body.Slice(headersLength).ToArray();

        reader.Advance(totalLength + 2);
        buffer = buffer.Slice(reader.Position);
        frame = new ServerFrame(ServerOperation.Msg, sid, new NatsMessage(subject, replyTo, headers, payload));
        return true;
    }

    private static NatsHeaders ParseHeaders(ReadOnlySequence<byte> block)
    {
        var text = Encoding.UTF8.GetString(block);
        var lines = text.Split("\r\n");
        var statusLine = lines[0];
        if (!statusLine.StartsWith("NATS/1.0", StringComparison.Ordinal))
        {
            throw new NatsProtocolException($"NATS: headers start with '{statusLine}' instead of NATS/1.0.");
        }

        int? statusCode = null;
        string? description = null;
        var status = statusLine["NATS/1.0".Length..].Trim();
        if (status.Length > 0)
        {
            var space = status.IndexOf(' ', StringComparison.Ordinal);
            var code = space < 0 ? status : status[..space];
            if (!int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
            {
                throw new NatsProtocolException($"NATS: header status '{status}' has no numeric code.");
            }

            statusCode = parsed;
            description = space < 0 ? null : status[(space + 1)..].Trim();
        }

        var headers = new NatsHeaders(statusCode, description);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new NatsProtocolException($"NATS: malformed header line '{line}'.");
            }

            headers.AddParsed(line[..colon], line[(colon + 1)..].Trim());
        }

        return headers;
    }

    private static int Split(ReadOnlySpan<byte> arguments, Span<Range> ranges)
    {
        var count = 0;
        var i = 0;
        while (i < arguments.Length)
        {
            while (i < arguments.Length && arguments[i] is (byte)' ' or (byte)'\t')
            {
                i++;
            }

            if (i == arguments.Length)
            {
                break;
            }

            var start = i;
            while (i < arguments.Length && arguments[i] is not ((byte)' ' or (byte)'\t'))
            {
                i++;
            }

            if (count == ranges.Length)
            {
                return count + 1;
            }

            ranges[count++] = new Range(start, i);
        }

        return count;
    }

    private static int ParseNumber(ReadOnlySpan<byte> digits)
    {
        if (!Utf8Parser.TryParse(digits, out int value, out var consumed) || consumed != digits.Length || value < 0)
        {
            throw new NatsProtocolException($"NATS: '{Printable(digits)}' is not a size or id.");
        }

        return value;
    }

    private static bool IsCrlf(ReadOnlySequence<byte> two)
    {
        Span<byte> bytes = stackalloc byte[2];
        two.CopyTo(bytes);
        return bytes[0] == (byte)'\r' && bytes[1] == (byte)'\n';
    }

    /// <summary>The line is exactly the operation (case-insensitive), allowing trailing spaces.</summary>
    private static bool IsOperation(ReadOnlySpan<byte> line, ReadOnlySpan<byte> operation) =>
        line.Length >= operation.Length
        && Ascii.EqualsIgnoreCase(line[..operation.Length], operation)
        && line[operation.Length..].TrimEnd((byte)' ').IsEmpty;

    /// <summary>The line starts with the operation followed by a space or tab.</summary>
    private static bool StartsWithOperation(ReadOnlySpan<byte> line, ReadOnlySpan<byte> operation) =>
        line.Length > operation.Length
        && Ascii.EqualsIgnoreCase(line[..operation.Length], operation)
        && line[operation.Length] is (byte)' ' or (byte)'\t';

    private static string Printable(ReadOnlySpan<byte> bytes) =>
        Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 128)]);
}
