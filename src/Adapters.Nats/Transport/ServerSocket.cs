using System.Collections.Concurrent;

namespace Portal.Adapters.Nats.Transport;

/// <summary>One live TCP (or TLS) connection to one server, with the loops that serve it. Replaced on reconnect.</summary>
internal sealed class ServerSocket(NatsServerAddress server, Stream stream, WriterSignal writerSignal)
{
    private readonly CancellationTokenSource _lifetime = new();
    private int _aborted;

    public NatsServerAddress Server { get; } = server;

    public Stream Stream { get; } = stream;

    public CancellationToken Token => _lifetime.Token;

    /// <summary>Completes with null at the first PONG after CONNECT, or with the reason the handshake failed.</summary>
    public TaskCompletionSource<Exception?> Handshake { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>One entry per PING sent after the handshake, in order: a flush waiting for its PONG, or null for a keepalive.</summary>
    public ConcurrentQueue<TaskCompletionSource<bool>?> PongWaiters { get; } = new();

    public int PingsOutstanding;

    /// <summary>Set (under the connection's state lock) once the socket is known dead.</summary>
    public bool Failed { get; set; }

    public Task ReaderTask { get; set; } = Task.CompletedTask;

    public Task WriterTask { get; set; } = Task.CompletedTask;

    public Task PingTask { get; set; } = Task.CompletedTask;

    /// <summary>Stops the loops and closes the stream without waiting; safe to call from a loop and more than once.</summary>
    public void Abort()
    {
        if (Interlocked.Exchange(ref _aborted, 1) != 0)
        {
            return;
        }

        _lifetime.Cancel();
        Stream.Dispose();
        writerSignal.Signal();
        while (PongWaiters.TryDequeue(out var waiter))
        {
            waiter?.TrySetResult(false);
        }
    }

    /// <summary>Aborts and waits until every loop of this socket has ended. Never call it from one of those loops.</summary>
    public async Task StopAsync()
    {
        Abort();
        await Task.WhenAll(ReaderTask, WriterTask, PingTask).ConfigureAwait(false);
        while (PongWaiters.TryDequeue(out var waiter))
        {
            waiter?.TrySetResult(false);
        }
    }
}
