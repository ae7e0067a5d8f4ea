using System.Buffers;
using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Options;
using Portal.Application.Common.Exceptions;
using Portal.Application.Identity.Queries.VerifyToken;
using Portal.Application.LiveUpdates.Queries.WatchTenantEvents;
using Portal.Domain.LiveUpdates;
using Portal.Web.Configuration;
using Portal.Web.Hosting;
using Portal.Web.Identity;
using Portal.Web.Telemetry;

namespace Portal.Web.Live;

/// <summary>
/// <c>GET /t/{tenantId}/events</c>: the tenant's live changes as Server-Sent Events. The token is verified and tenant
/// access checked before the stream opens (a tenant that is not the caller's is the same 404 as one that does not exist).
/// The stream opens once the tenant's subscription is live, with a <c>ready</c> event: from then on no change is missed.
/// While it is open, the token is re-verified every LIVE_REVERIFY_SECONDS (each good answer also writes a keep-alive
/// comment, so idle proxies keep the connection); once it is no longer good a <c>signed-out</c> event is sent and the
/// stream ends; so does a sign-in past the cookie's idle or absolute lifetime. After a NATS outage the stream stays open
/// and, once its subscription is live again, carries an <c>interrupted</c> event: what changed meanwhile was not sent, so
/// the page says so. Events come from NATS through the feed, so any instance serves any browser: when this instance
/// stops, each stream gets a <c>reconnect</c> event and ends cleanly (<see cref="ShutdownDrain"/>), and the browser opens
/// a new one at once, which the load balancer sends elsewhere.
/// </summary>
public static class TenantEventsEndpoint
{
    public const string ReadyEvent = "event: ready\ndata: {}\n\n";

    public const string SignedOutEvent = "event: signed-out\ndata: {}\n\n";

    /// <summary>This instance is stopping: open a new stream (the load balancer picks another instance).</summary>
    public const string ReconnectEvent = "event: reconnect\ndata: {}\n\n";

    /// <summary>The tenant's subscription was interrupted (a NATS outage) and is live again: changes made meanwhile were missed.</summary>
    public const string InterruptedEvent = "event: interrupted\ndata: {}\n\n";

    public static async Task HandleAsync(
        string tenantId,
        HttpContext context,
        IMediator mediator,
        SignedInWork signedIn,
        SignInCookie cookie,
        ShutdownDrain drain,
        IOptions<WebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mediator);
        ArgumentNullException.ThrowIfNull(signedIn);
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(drain);
        ArgumentNullException.ThrowIfNull(options);
        if (!signedIn.TryGetSignIn(context, out var signIn))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var aborted = context.RequestAborted;
        using var streaming = CancellationTokenSource.CreateLinkedTokenSource(aborted, drain.StreamsEnd);
        IAsyncEnumerable<TenantEvent> events;
        try
        {
            events = await signedIn.SendAsync(signIn, new WatchTenantEventsQuery(signIn.AccessTo(tenantId)), streaming.Token);
        }
        catch (OperationCanceledException) when (drain.StreamsEnd.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            // Stopping before the stream opened: the browser tries again shortly, by then on another instance.
            await streaming.CancelAsync();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        catch
        {
            // A subscription made while the sign-in check failed lasts until its token is cancelled.
            await streaming.CancelAsync();
            throw;
        }

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.WriteAsync("retry: 5000\n\n" + ReadyEvent, aborted);
        await response.Body.FlushAsync(aborted);
        ForgetRequestCookies(context);

        // The event loop and the watchdog's keep-alive both write; one at a time.
        using var writing = new SemaphoreSlim(1, 1);
        var watchdog = ReverifyAsync(
            mediator, cookie, signIn, options.Value.LiveReverifyInterval, streaming, () => WriteAsync(response, writing, ": keep-alive\n\n", streaming.Token));
        WebTelemetry.OpenLiveStreams.Add(1);
        try
        {
            await foreach (var tenantEvent in events.WithCancellation(streaming.Token))
            {
                if (tenantEvent.Kind == TenantEventKind.Interrupted)
                {
                    await WriteAsync(response, writing, InterruptedEvent, streaming.Token);
                }
                else
                {
                    await WriteEventAsync(response, writing, LiveEventMessage.From(tenantEvent), streaming.Token);
                }
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
        }

        var signedOut = await watchdog;
        if (!aborted.IsCancellationRequested && (signedOut || drain.StreamsEnd.IsCancellationRequested))
        {
            await WriteAsync(response, writing, signedOut ? SignedOutEvent : ReconnectEvent, aborted);
        }
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

    private static async Task WriteAsync(HttpResponse response, SemaphoreSlim writing, string text, CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            await response.WriteAsync(text, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>
    /// Writes <c>data: {json}</c> straight into the response's buffer: a broadcast is written to every open stream at
    /// once, and building each as a string first made two strings per stream, garbage that raised the process's peak.
    /// </summary>
    private static async Task WriteEventAsync(HttpResponse response, SemaphoreSlim writing, LiveEventMessage message, CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            var body = response.BodyWriter;
            body.Write("data: "u8);
            await using (var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = JsonSerializerOptions.Web.Encoder }))
            {
                JsonSerializer.Serialize(json, message, JsonSerializerOptions.Web);
            }

            body.Write("\n\n"u8);
            await body.FlushAsync(cancellationToken);
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>Answers true when the token stopped being good (and then ends the stream), false when the stream ended otherwise.</summary>
    private static async Task<bool> ReverifyAsync(
        IMediator mediator, SignInCookie cookie, PortalSignIn signIn, TimeSpan interval, CancellationTokenSource streaming, Func<Task> keepAlive)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(streaming.Token))
            {
                if (!cookie.IsWithinLifetimes(signIn))
                {
                    await streaming.CancelAsync();
                    return true;
                }

                try
                {
                    await mediator.Send(new VerifyTokenQuery(signIn.Token), streaming.Token);
                    await keepAlive();
                }
                catch (NotAuthenticatedException)
                {
                    await streaming.CancelAsync();
                    return true;
                }
                catch (BackendUnavailableException)
                {
                    // An identity backend that cannot answer right now is asked again at the next tick.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
            // The keep-alive could not be written: the browser is gone.
            await streaming.CancelAsync();
        }

        return false;
    }
}
