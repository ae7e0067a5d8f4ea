namespace Portal.Adapters.Nats.Transport;

/// <summary>
/// A request waiting for its reply. A failure is carried as a value and thrown by the awaiting caller, so a request
/// that was abandoned (timed out, cancelled) can never leave a faulted, unobserved task behind.
/// </summary>
internal sealed class PendingRequest(string subject)
{
    private readonly TaskCompletionSource<NatsMessage?> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Exception? _error;

    public string Subject { get; } = subject;

    /// <summary>The reply, or null when the request failed (see <see cref="Error"/>).</summary>
    public Task<NatsMessage?> Reply => _reply.Task;

    public Exception Error => Volatile.Read(ref _error) ?? new InvalidOperationException("The request has not failed.");

    public void Complete(NatsMessage reply) => _reply.TrySetResult(reply);

    public void Fail(Exception error)
    {
        if (_reply.Task.IsCompleted)
        {
            return;
        }

        Interlocked.CompareExchange(ref _error, error, null);
        _reply.TrySetResult(null);
    }
}
