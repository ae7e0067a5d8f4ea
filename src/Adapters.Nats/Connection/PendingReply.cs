using System.Collections.Concurrent;
using Portal.Adapters.Nats.Messaging;

namespace Portal.Adapters.Nats.Connection;

/// <summary>
/// A request waiting for the first message on its reply subject, listed among its bus's pending requests until it
/// ends. Whatever ends it first wins (the reply, a failure, its deadline, the caller's cancellation) and takes it off
/// the list, so the request needs no awaiting method of its own: the caller awaits this task directly.
/// </summary>
internal sealed class PendingReply(
    ConcurrentDictionary<string, PendingReply> pending, string subject, string replySubject, long deadline)
    : TaskCompletionSource<BusMessage>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    private CancellationTokenRegistration cancellation;

    /// <summary>The subject the request was published to, named by its failures.</summary>
    public string Subject { get; } = subject;

    public string ReplySubject { get; } = replySubject;

    /// <summary>The <see cref="Environment.TickCount64"/> from which the bus's deadline sweep fails it as timed out.</summary>
    public long Deadline { get; } = deadline;

    /// <summary>
    /// Ends the request as cancelled when <paramref name="token"/> is. Called before the request is listed, so every
    /// other way of ending it sees the registration.
    /// </summary>
    public void CancelWith(CancellationToken token)
    {
        if (token.CanBeCanceled)
        {
            cancellation = token.UnsafeRegister(static (state, cancelled) => ((PendingReply)state!).Cancel(cancelled), this);
        }
    }

    public bool TryReply(BusMessage message) => End(TrySetResult(message));

    public bool TryFail(Exception error) => End(TrySetException(error));

    public bool TryCancel(CancellationToken token) => End(TrySetCanceled(token));

    private void Cancel(CancellationToken token)
    {
        // In the registration's own callback: nothing to unregister.
        if (TrySetCanceled(token))
        {
            Unlist();
        }
    }

    private bool End(bool ended)
    {
        if (ended)
        {
            Unlist();
            cancellation.Unregister();
        }

        return ended;
    }

    private void Unlist() => pending.TryRemove(KeyValuePair.Create(ReplySubject, this));
}
