using System.Net.Sockets;
using System.Text;

namespace Portal.Adapters.Nats.IntegrationTests.Infrastructure;

/// <summary>One client connection as <see cref="ScriptedNatsServer"/> sees it.</summary>
public sealed class ScriptedClient(Socket socket) : IDisposable
{
    private readonly NetworkStream _stream = new(socket, ownsSocket: true);
    private readonly List<byte> _line = [];

    public async Task SendAsync(string text) => await _stream.WriteAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>Sends each byte in a write of its own, so the client's reads can end anywhere inside a frame.</summary>
    public async Task SendByteByByteAsync(string text)
    {
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            await _stream.WriteAsync(new[] { b });
            await _stream.FlushAsync();
        }
    }

    /// <summary>The next line the client sent, without its CRLF.</summary>
    public async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var one = new byte[1];
        _line.Clear();
        while (true)
        {
            if (await _stream.ReadAsync(one, cancellationToken) == 0)
            {
                throw new IOException("The client closed the connection.");
            }

            if (one[0] == (byte)'\n' && _line.Count > 0 && _line[^1] == (byte)'\r')
            {
                return Encoding.UTF8.GetString([.. _line[..^1]]);
            }

            _line.Add(one[0]);
        }
    }

    public void Dispose() => _stream.Dispose();
}
