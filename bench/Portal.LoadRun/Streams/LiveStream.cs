using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portal.LoadRun.Streams;

/// <summary>
/// One open live stream (<c>GET /t/{tenant}/events</c>) on a bare socket, as cheap as a client can be so that 10,000 fit
/// in the bench: a 1 KB receive buffer and the text after the last line break. It notes when each numbered bench
/// broadcast (<see cref="Marker"/>) first arrives.
/// </summary>
internal sealed class LiveStream : IDisposable
{
    /// <summary>What a bench broadcast's description starts with; its number follows.</summary>
    public const string Marker = "bench-broadcast-";

    private readonly Socket socket;
    private readonly byte[] buffer = new byte[1024];
    private string unfinishedLine = string.Empty;
    private int lastArrived;

    private LiveStream(Socket socket) => this.socket = socket;

    /// <summary>Bench broadcasts this stream received again after it had them (or a later one): each would be a duplicate on the page.</summary>
    public int Duplicates { get; private set; }

    /// <summary>Set when Portal ended the stream or the socket failed: the last text it sent, for the report.</summary>
    public string? EndedWith { get; private set; }

    /// <summary>
    /// Connects from <paramref name="source"/> (one of several loopback addresses, so the ephemeral ports of one address
    /// are not the limit), sends the request with the signed-in cookie and completes on the stream's <c>ready</c> event.
    /// </summary>
    public static async Task<LiveStream> OpenAsync(
        IPAddress source, IPEndPoint portal, string path, string cookieHeader, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(source, 0));
            await socket.ConnectAsync(portal, cancellationToken);
            var request = string.Create(
                CultureInfo.InvariantCulture,
                $"GET {path} HTTP/1.1\r\nHost: {portal}\r\nAccept: text/event-stream\r\nCookie: {cookieHeader}\r\n\r\n");
            await socket.SendAsync(Encoding.ASCII.GetBytes(request), cancellationToken);

            var stream = new LiveStream(socket);
            var head = new StringBuilder();
            while (!head.ToString().Contains("event: ready", StringComparison.Ordinal))
            {
                var read = await socket.ReceiveAsync(stream.buffer, cancellationToken);
                if (read == 0)
                {
                    throw new InvalidOperationException($"{path} closed before its ready event: {head}");
                }

                head.Append(Encoding.UTF8.GetString(stream.buffer, 0, read));
                if (!head.ToString().StartsWith("HTTP/1.1 200", StringComparison.Ordinal) && head.Length >= 12)
                {
                    throw new InvalidOperationException($"{path} answered {head.ToString().Split('\r')[0]} instead of 200.");
                }
            }

            return stream;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads until the stream ends or <paramref name="cancellationToken"/> is cancelled; each bench broadcast that arrives
    /// is handed, once, to <paramref name="arrived"/> with its number and the Stopwatch timestamp of its arrival.
    /// </summary>
    public async Task ReadAsync(Action<int, long> arrived, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer, cancellationToken);
                var now = Stopwatch.GetTimestamp();
                if (read == 0)
                {
                    EndedWith = "closed after: " + unfinishedLine;
                    return;
                }

                // Only whole lines are read for broadcasts; the unfinished one waits for the bytes that end it, so each
                // event's marker is seen exactly once and one seen again is a broadcast Portal sent this stream twice.
                var text = unfinishedLine + Encoding.UTF8.GetString(buffer, 0, read);
                var whole = text.AsSpan(0, text.LastIndexOf('\n') + 1);
                for (var at = whole.IndexOf(Marker, StringComparison.Ordinal); at >= 0; at = Next(whole, at))
                {
                    var digits = whole[(at + Marker.Length)..];
                    var length = digits.IndexOfAnyExceptInRange('0', '9');
                    if (length > 0 && int.TryParse(digits[..length], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        if (number > lastArrived)
                        {
                            lastArrived = number;
                            arrived(number, now);
                        }
                        else
                        {
                            Duplicates++;
                        }
                    }
                }

                if (text.Contains("event: signed-out", StringComparison.Ordinal) || text.Contains("event: reconnect", StringComparison.Ordinal))
                {
                    EndedWith = text;
                }

                unfinishedLine = text[(text.LastIndexOf('\n') + 1)..];
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (SocketException failure)
        {
            EndedWith = "socket error: " + failure.SocketErrorCode;
        }
    }

    public void Dispose() => socket.Dispose();

    private static int Next(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOf(Marker, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }
}
