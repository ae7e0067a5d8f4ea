using System.Text;
using MediatR;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Portal.Application.Common.Exceptions;
using Portal.Application.LiveUpdates.Queries.WatchTenantEvents;
using Portal.Domain.LiveUpdates;
using Portal.Web.Hosting;
using Portal.Web.Identity;
using Portal.Web.Telemetry;

namespace Portal.Web.Live;

/// <summary>
/// <c>GET /t/{tenantId}/events</c>: the tenant's live changes as Server-Sent Events. The token is verified and tenant
/// access checked before the stream opens. The stream opens once the tenant's subscription is live, with a <c>ready</c>
/// event: from then on no change is missed.
/// A request without a sign-in (the cookie expired or was cleared), or with one the backends no longer accept, gets a
/// stream of one <c>signed-out</c> event, and one for a practice the caller may not see a stream of one
/// <c>no-access</c> event (the same for a practice that is not the caller's as for one that does not exist, so nothing
/// is told about others' practices): the page can read and show either, where a status code, an error page or a
/// redirect to the login page would only make the browser retry or give up without saying why.
/// While it is open, the token and the caller's access to the practice are re-verified every LIVE_REVERIFY_SECONDS
/// (<see cref="LiveStreamReverification"/>, one timer for all streams; each good answer also writes a keep-alive comment,
/// so idle proxies keep the connection); once the token is no longer good, or the sign-in is past its absolute lifetime,
/// a <c>signed-out</c> event is sent and the stream ends. Access lost ends it with <c>no-access</c>. A sign-in past its
/// idle lifetime ends it with <c>reconnect</c>: another tab may have renewed the cookie, and the new stream is judged on it. Each event is serialised once for all the streams that carry it (<see cref="LiveEventFrames"/>).
/// After a NATS outage the stream stays open and, once its subscription is live again, carries an <c>interrupted</c>
/// event: what changed meanwhile was not sent, so the page says so; a stream read too slowly to keep its events gets one
/// where they were dropped. Events come from NATS through the feed, so any
/// instance serves any browser: when this instance stops, each stream gets a <c>reconnect</c> event and ends cleanly
/// (<see cref="ShutdownDrain"/>), and the browser opens a new one at once, which the load balancer sends elsewhere.
/// </summary>
public static class TenantEventsEndpoint
{
    public const string ReadyEvent = "event: ready\ndata: {}\n\n";

    public const string SignedOutEvent = "event: signed-out\ndata: {}\n\n";

    /// <summary>This instance is stopping: open a new stream (the load balancer picks another instance).</summary>
    public const string ReconnectEvent = "event: reconnect\ndata: {}\n\n";

    /// <summary>The caller may no longer see the practice: the page stops listening.</summary>
    public const string NoAccessEvent = "event: no-access\ndata: {}\n\n";

    /// <summary>
    /// Changes were missed: the tenant's subscription was interrupted (a NATS outage) and is live again, or this stream was
    /// read so slowly that its oldest events were dropped.
    /// </summary>
    public const string InterruptedEvent = "event: interrupted\ndata: {}\n\n";

    /// <summary>How long EventSource waits before it opens a dropped stream again.</summary>
    private const string Retry = "retry: 5000\n\n";

    private static readonly ReadOnlyMemory<byte> Opening = Encoding.UTF8.GetBytes(Retry + ReadyEvent);

    private static readonly ReadOnlyMemory<byte> Interrupted = Encoding.UTF8.GetBytes(InterruptedEvent);

    private static readonly ReadOnlyMemory<byte> SignedOutAtOnce = Encoding.UTF8.GetBytes(Retry + SignedOutEvent);

    private static readonly ReadOnlyMemory<byte> NoAccessAtOnce = Encoding.UTF8.GetBytes(Retry + NoAccessEvent);

    public static async Task HandleAsync(
        string tenantId,
        HttpContext context,
        IMediator mediator,
        SignedInWork signedIn,
        SignInCookie cookie,
        ShutdownDrain drain,
        LiveStreamReverification reverification)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mediator);
        ArgumentNullException.ThrowIfNull(signedIn);
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(drain);
        ArgumentNullException.ThrowIfNull(reverification);
        if (!signedIn.TryGetSignIn(context, out var signIn, isActivity: false))
        {
            await EndAtOnceAsync(context.Response, SignedOutAtOnce);
            return;
        }

        // Only the browser leaving is linked; the sign-in check and the instance's stop end the stream through the shared
        // schedule (OpenLiveStream.End), which knows every open stream, instead of a registration per stream on the stop.
        var aborted = context.RequestAborted;
        using var streaming = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        IAsyncEnumerable<TenantEvent> events;
        try
        {
            events = await signedIn.SendAsync(signIn, new WatchTenantEventsQuery(signIn.AccessTo(tenantId)), streaming.Token);
        }
        catch (PortalException ended) when (ended is NotAuthenticatedException or SignInRevokedException)
        {
            // A sign-in that the backends no longer accept (signed out elsewhere, revoked) is told as one that is gone: a
            // redirect to the login page would only break the browser's EventSource for good, and the page would not say why.
            await streaming.CancelAsync();
            cookie.Clear(context.Response);
            await EndAtOnceAsync(context.Response, SignedOutAtOnce);
            return;
        }
        catch (NotFoundException)
        {
            // The access check refused the practice, or it does not exist: the page stops asking, and is told why.
            await streaming.CancelAsync();
            await EndAtOnceAsync(context.Response, NoAccessAtOnce);
            return;
        }
        catch
        {
            // A subscription made while the sign-in check failed lasts until its token is cancelled.
            await streaming.CancelAsync();
            throw;
        }

        var stream = new OpenLiveStream(context.Response, mediator, cookie, signIn, signIn.AccessTo(tenantId), streaming);
        if (!reverification.TryAdd(stream))
        {
            // Stopping before the stream opened: the browser tries again shortly, by then on another instance.
            await streaming.CancelAsync();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        var response = context.Response;
        StartStream(response);
        WebTelemetry.OpenLiveStreams.Add(1);
        try
        {
            await stream.WriteAsync(Opening, streaming.Token);
            ForgetRequestCookies(context);
            await foreach (var tenantEvent in events.WithCancellation(streaming.Token))
            {
                await stream.WriteAsync(tenantEvent.Kind == TenantEventKind.Interrupted ? Interrupted : LiveEventFrames.For(tenantEvent), streaming.Token);
            }
        }
        catch (OperationCanceledException) when (streaming.IsCancellationRequested)
        {
            // The browser left, the sign-in ended or the instance is stopping; each ends the stream normally.
        }
        catch (BackendUnavailableException)
        {
            // The bus went away mid-stream; ending the stream lets the browser reconnect (retry) to any instance.
        }
        finally
        {
            WebTelemetry.OpenLiveStreams.Add(-1);
            await streaming.CancelAsync();
            await reverification.RemoveAsync(stream);
        }

        var last = stream.Ending switch
        {
            LiveStreamEnding.SignedOut => SignedOutEvent,
            LiveStreamEnding.NoAccess => NoAccessEvent,
            LiveStreamEnding.Reopen => ReconnectEvent,
            _ => drain.StreamsEnd.IsCancellationRequested ? ReconnectEvent : null,
        };
        if (!aborted.IsCancellationRequested && last is not null)
        {
            await response.WriteAsync(last, aborted);
        }
    }

    /// <summary>A stream of one event (<c>signed-out</c> or <c>no-access</c>), for a request that gets no live stream.</summary>
    private static async Task EndAtOnceAsync(HttpResponse response, ReadOnlyMemory<byte> frames)
    {
        StartStream(response);
        await response.Body.WriteAsync(frames, response.HttpContext.RequestAborted);
    }

    /// <summary>An event stream's headers: never cached, and never held back by a buffering proxy.</summary>
    private static void StartStream(HttpResponse response)
    {
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
    }

    /// <summary>
    /// The sign-in has been read and the response has started (no cookie can be set any more), yet the request would hold
    /// its Cookie header and the parsed cookies for as long as the stream is open: about 2.4 KB a stream for the sign-in
    /// cookie alone, a tenth of what an open stream costs. Nothing reads them after this point.
    /// </summary>
    private static void ForgetRequestCookies(HttpContext context)
    {
        context.Request.Headers.Cookie = StringValues.Empty;
        context.Features.Set<IRequestCookiesFeature>(null);

        // HttpRequest caches the feature it read the cookies through; reading them again drops that (now empty) cache.
        _ = context.Request.Cookies.Count;
    }
}
