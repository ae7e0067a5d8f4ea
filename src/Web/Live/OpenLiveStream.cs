using MediatR;
using Portal.Application.Common.Access;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Queries.VerifyToken;
using Portal.Application.Tenants.Queries.ConfirmTenantAccess;
using Portal.Web.Identity;

namespace Portal.Web.Live;

/// <summary>
/// One open live stream: the writes to its response, one at a time (the event loop and the re-verification both write),
/// and one re-verification of its sign-in and of the caller's access to the practice, which <see cref="LiveStreamReverification"/> runs for every open stream from
/// one shared timer instead of a timer and a waiting task per stream.
/// </summary>
internal sealed class OpenLiveStream(
    HttpResponse response, IMediator mediator, SignInCookie cookie, PortalSignIn signIn, AccessContext access, CancellationTokenSource streaming)
{
    private static readonly ReadOnlyMemory<byte> KeepAlive = ": keep-alive\n\n"u8.ToArray();

    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly Lock gate = new();
    private bool ended;
    private int busy;
    private TaskCompletionSource? checkFinished;

    /// <summary>Its place in the re-verification schedule; read and written under the schedule's lock only.</summary>
    internal LinkedListNode<OpenLiveStream>? ScheduleEntry { get; set; }

    /// <summary>When its next re-verification is due, in <see cref="TimeProvider.GetTimestamp"/> units; under the schedule's lock.</summary>
    internal long DueAt { get; set; }

    /// <summary>The stream has left the schedule for good; under the schedule's lock.</summary>
    internal bool Unscheduled { get; set; }

    /// <summary>Set when a check ended the stream, saying why.</summary>
    public LiveStreamEnding Ending { get; private set; }

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            await response.BodyWriter.WriteAsync(bytes, cancellationToken);
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>
    /// Checks the sign-in's lifetimes, its token and the caller's access to the practice once (a member removed from it
    /// stops hearing of it within an interval, as its pages refuse them at once); a good check gets a keep-alive comment
    /// (so idle proxies keep the connection). Answers false once the stream is over or ends because of this check (it
    /// then cancels the stream), true while it stays open. Never runs after <see cref="EndAsync"/> has completed.
    /// </summary>
    public async Task<bool> ReverifyAsync()
    {
        if (!TryEnter())
        {
            return false;
        }

        try
        {
            if (!cookie.IsWithinLifetimes(signIn))
            {
                return await EndForAsync(cookie.IsWithinAbsoluteLifetime(signIn) ? LiveStreamEnding.Reopen : LiveStreamEnding.SignedOut);
            }

            // Both questions leave together, one round trip per check; a dead token, or one that verifies as someone else
            // (the opening check's rule, PortalSignIn.IsConfirmedBy), is answered first (signed out).
            var token = mediator.Send(new VerifyTokenQuery(signIn.Token), streaming.Token);
            var member = mediator.Send(new ConfirmTenantAccessQuery(access), streaming.Token);
            await Task.WhenAll(token, member).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!signIn.IsConfirmedBy(await token))
            {
                _ = member.Exception;
                return await EndForAsync(LiveStreamEnding.SignedOut);
            }

            await member;
            await WriteAsync(KeepAlive, streaming.Token);
            return true;
        }
        catch (NotAuthenticatedException)
        {
            return await EndForAsync(LiveStreamEnding.SignedOut);
        }
        catch (NotFoundException)
        {
            return await EndForAsync(LiveStreamEnding.NoAccess);
        }
        catch (BackendUnavailableException)
        {
            // An identity backend that cannot answer right now is asked again at the next round.
            return true;
        }
        catch (OperationCanceledException) when (streaming.IsCancellationRequested)
        {
            return false;
        }
        catch (IOException)
        {
            // The keep-alive could not be written: the browser is gone.
            await streaming.CancelAsync();
            return false;
        }
        catch
        {
            // Whatever else went wrong ends this stream (the browser opens a new one); the schedule logs it.
            await streaming.CancelAsync();
            throw;
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>Ends the stream (the instance is stopping), unless it is over already.</summary>
    public void End()
    {
        if (!TryEnter())
        {
            return;
        }

        try
        {
            streaming.Cancel();
        }
        finally
        {
            Exit();
        }
    }

    /// <summary>
    /// The stream's event loop has finished: completes once no re-verification or <see cref="End"/> runs on it, and none
    /// starts afterwards, so the caller may write its last event and let the request (and the stream's cancellation
    /// source) go.
    /// </summary>
    public Task EndAsync()
    {
        lock (gate)
        {
            ended = true;
            if (busy == 0)
            {
                return Task.CompletedTask;
            }

            checkFinished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return checkFinished.Task;
        }
    }

    /// <summary>Something is about to use the stream's cancellation source: false once the stream has ended.</summary>
    private bool TryEnter()
    {
        lock (gate)
        {
            if (ended)
            {
                return false;
            }

            busy++;
            return true;
        }
    }

    private void Exit()
    {
        TaskCompletionSource? waiting;
        lock (gate)
        {
            busy--;
            waiting = busy == 0 ? checkFinished : null;
        }

        waiting?.TrySetResult();
    }

    private async Task<bool> EndForAsync(LiveStreamEnding ending)
    {
        Ending = ending;
        await streaming.CancelAsync();
        return false;
    }
}
