using System.Threading.Tasks.Sources;

namespace Portal.Adapters.Nats.Transport;

/// <summary>
/// Wakes the writer loop when frames are queued. A latency-sensitive caller (a request) may resume an idle loop
/// synchronously on its own thread, saving a thread-pool hop; other signals resume it on the pool, so a stream of
/// publishes is coalesced into few large writes. While the loop is busy, signals only mark more work.
/// Call <see cref="Signal"/> outside any lock: the writer may run inside it.
/// </summary>
internal sealed class WriterSignal : IValueTaskSource
{
    private const int Idle = 0;
    private const int Signaled = 1;
    private const int Waiting = 2;

    private ManualResetValueTaskSourceCore<bool> _core;
    private int _state;

    /// <summary>Completes at once if signaled since the last wait, otherwise at the next <see cref="Signal"/>. One waiter only.</summary>
    public ValueTask WaitAsync()
    {
        if (Interlocked.CompareExchange(ref _state, Idle, Signaled) == Signaled)
        {
            return ValueTask.CompletedTask;
        }

        _core.Reset();
        if (Interlocked.CompareExchange(ref _state, Waiting, Idle) == Signaled)
        {
            Volatile.Write(ref _state, Idle);
            return ValueTask.CompletedTask;
        }

        return new ValueTask(this, _core.Version);
    }

    public void Signal(bool runWriterOnThisThread = false)
    {
        while (true)
        {
            switch (Volatile.Read(ref _state))
            {
                case Signaled:
                    return;
                case Idle when Interlocked.CompareExchange(ref _state, Signaled, Idle) == Idle:
                    return;
                case Waiting when Interlocked.CompareExchange(ref _state, Idle, Waiting) == Waiting:
                    _core.RunContinuationsAsynchronously = !runWriterOnThisThread;
                    _core.SetResult(true);
                    return;
            }
        }
    }

    void IValueTaskSource.GetResult(short token) => _core.GetResult(token);

    ValueTaskSourceStatus IValueTaskSource.GetStatus(short token) => _core.GetStatus(token);

    void IValueTaskSource.OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}
