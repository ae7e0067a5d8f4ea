using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Adapters.Http.Platform.Signing;
using Portal.Adapters.Http.Platform.Streaming;
using Portal.Adapters.Http.Platform.Telemetry;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;
using Refit;

namespace Portal.Adapters.Http.Platform;

/// <summary>
/// What every area's client shares around its Refit interface: identity in the POST body, the body serialized and hashed
/// once per call, the area's resilience pipeline around each attempt, and one translation of the Platform's answers into
/// Application's exceptions.
/// <list type="bullet">
/// <item>2xx with <c>success: true</c> is mapped; <c>success: false</c> is a <see cref="RequestRejectedException"/>.</item>
/// <item>403 and 404 are <see cref="NotFoundException"/>: the Platform's refusals say nothing about existence; except a
/// view's role check (a 403 saying which role is required), which is <see cref="ActionNotPermittedException"/>.</item>
/// <item>401 without <c>success</c> is the HMAC middleware refusing Portal's own signature: a misconfiguration, logged as
/// an error and reported as <see cref="BackendUnavailableException"/>; a view's 401 (<c>success: false</c>, the user is
/// gone or inactive) is <see cref="NotAuthenticatedException"/>.</item>
/// <item>429 is <see cref="BackendBusyException"/> with the wait the Platform asked for.</item>
/// <item>Timeouts, connection failures, an open circuit, 5xx, a web page and malformed JSON are
/// <see cref="BackendUnavailableException"/>.</item>
/// </list>
/// </summary>
internal abstract class PlatformApiClient
{
    /// <summary>
    /// Only to describe a failing status of a streamed answer the way Refit describes the others; the error body's
    /// envelope is the one type such an exception may be asked to read.
    /// </summary>
    private static readonly RefitSettings ErrorBodySettings = RefitSettings.ForJsonContext(PlatformJsonContext.Platform);

    /// <summary>A 429 that says nothing of when: the window of the Platform's per-minute limits.</summary>
    private static readonly TimeSpan DefaultBusyWait = TimeSpan.FromSeconds(60);

    private readonly PlatformArea area;
    private readonly ResiliencePipeline<object> pipeline;
    private readonly PlatformAreaLog log;
    private readonly PlatformMetrics metrics;

    protected PlatformApiClient(PlatformArea area, PlatformResiliencePipelines pipelines, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        this.area = area;
        Time = time;
        pipeline = pipelines.For(area);
        log = pipelines.LogFor(area);
        metrics = pipelines.Metrics;
    }

    protected TimeProvider Time { get; }

    /// <summary>
    /// Fills in who is asking, in the Platform's ids. A tenant or user without a Platform counterpart has nothing on the
    /// Platform: that is "not found", like a customer that is not theirs.
    /// </summary>
    protected static TBody Scoped<TBody>(TBody body, TenantScope scope)
        where TBody : PlatformRequestBody
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(scope);
        var platform = scope.Platform ?? throw new NotFoundException("tenant");
        body.UserId = platform.UserId;
        body.CustomerId = platform.CustomerId;
        return body;
    }

    /// <summary>
    /// Fills in who is asking about their own account (a user-scoped call): the user's Platform id only, no customer.
    /// </summary>
    protected static TBody ForUser<TBody>(TBody body, AccountScope scope)
        where TBody : PlatformRequestBody
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(scope);
        body.UserId = scope.PlatformUserId;
        body.CustomerId = null;
        return body;
    }

    /// <summary>
    /// Posts <paramref name="body"/> through <paramref name="send"/> (a method of the area's Refit interface, given the
    /// serialized body and its hash) and maps the JSON answer. <paramref name="endpoint"/> names the call in logs.
    /// </summary>
    protected async Task<TResult> PostAsync<TBody, TAnswer, TResult>(
        string endpoint,
        TBody body,
        JsonTypeInfo<TBody> bodyType,
        PlatformCall call,
        Func<HttpContent, string, CancellationToken, Task<TAnswer>> send,
        Func<TAnswer, TResult> map,
        CancellationToken cancellationToken)
        where TBody : PlatformRequestBody
        where TAnswer : PlatformAnswer
    {
        ArgumentNullException.ThrowIfNull(map);
        var answer = await SendAsync(endpoint, body, bodyType, call, send, cancellationToken).ConfigureAwait(false);
        return Map(endpoint, call, answer, map);
    }

    /// <summary>
    /// Gets through <paramref name="send"/> (a <c>GET</c> of the area's Refit interface, without body or identity: the
    /// Platform's HMAC-only lists) and maps the JSON answer like <see cref="PostAsync"/>.
    /// </summary>
    protected async Task<TResult> GetAsync<TAnswer, TResult>(
        string endpoint,
        PlatformCall call,
        Func<CancellationToken, Task<TAnswer>> send,
        Func<TAnswer, TResult> map,
        CancellationToken cancellationToken)
        where TAnswer : PlatformAnswer
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(map);
        var answer = await RunAsync(endpoint, call, send, cancellationToken).ConfigureAwait(false);
        return Map(endpoint, call, answer, map);
    }

    private TResult Map<TAnswer, TResult>(string endpoint, PlatformCall call, TAnswer? answer, Func<TAnswer, TResult> map)
        where TAnswer : PlatformAnswer
    {
        if (answer is null)
        {
            throw Malformed(endpoint, new JsonException("The answer is JSON null."));
        }

        if (!answer.Success)
        {
            throw call.IsSignIn ? WrongCredentials() : new RequestRejectedException(answer.ErrorMessage() ?? "The Platform refused the request.");
        }

        try
        {
            return map(answer);
        }
        catch (Exception exception) when (exception is not PortalException)
        {
            // Whatever a mapper trips over in a hostile or broken answer (a null in a list, say) is the answer's fault:
            // the area is unavailable, never the page a 500.
            throw Malformed(endpoint, exception);
        }
    }

    /// <summary>
    /// Posts through <paramref name="send"/>, whose Refit method hands back the response once its headers arrived, and
    /// returns the answer's body as an open stream: nothing is buffered, and the returned stream owns the response. The
    /// answer must be a <paramref name="contentType"/>.
    /// </summary>
    protected async Task<(Stream Content, string? FileName, long? Length)> OpenStreamAsync<TBody>(
        string endpoint,
        TBody body,
        JsonTypeInfo<TBody> bodyType,
        PlatformCall call,
        Func<HttpContent, string, CancellationToken, Task<HttpResponseMessage>> send,
        string contentType,
        CancellationToken cancellationToken)
        where TBody : PlatformRequestBody
    {
        var file = await OpenAsync(
                endpoint,
                body,
                bodyType,
                call,
                send,
                actual => string.Equals(actual, contentType, StringComparison.OrdinalIgnoreCase)
                    ? null
                    : $"answered {actual ?? "no content type"} instead of {contentType}",
                cancellationToken)
            .ConfigureAwait(false);
        return (file.Content, file.FileName, file.Length);
    }

    /// <summary>
    /// Like <see cref="OpenStreamAsync"/> for a file of any type (an upload): the answer's own type is handed on. A web
    /// page counts as the file only when the Platform sent it as an attachment; without that it is a login or error page
    /// in front of the Platform.
    /// </summary>
    protected Task<(Stream Content, string? ContentType, string? FileName, long? Length)> OpenFileAsync<TBody>(
        string endpoint,
        TBody body,
        JsonTypeInfo<TBody> bodyType,
        PlatformCall call,
        Func<HttpContent, string, CancellationToken, Task<HttpResponseMessage>> send,
        CancellationToken cancellationToken)
        where TBody : PlatformRequestBody =>
        OpenAsync(endpoint, body, bodyType, call, send, refuse: null, cancellationToken);

    /// <summary>
    /// The streamed answer shared by <see cref="OpenStreamAsync"/> and <see cref="OpenFileAsync"/>;
    /// <paramref name="refuse"/> says why an answer's content type is not the one asked for (null: it is).
    /// </summary>
    private async Task<(Stream Content, string? ContentType, string? FileName, long? Length)> OpenAsync<TBody>(
        string endpoint,
        TBody body,
        JsonTypeInfo<TBody> bodyType,
        PlatformCall call,
        Func<HttpContent, string, CancellationToken, Task<HttpResponseMessage>> send,
        Func<string?, string?>? refuse,
        CancellationToken cancellationToken)
        where TBody : PlatformRequestBody
    {
        ArgumentNullException.ThrowIfNull(send);
        var response = await SendAsync(
                endpoint,
                body,
                bodyType,
                call,
                async (content, bodyHash, attemptCancellation) =>
                    await ThrowUnlessSuccessAsync(await send(content, bodyHash, attemptCancellation).ConfigureAwait(false)).ConfigureAwait(false),
                cancellationToken)
            .ConfigureAwait(false);
        try
        {
            var actual = response.Content.Headers.ContentType?.MediaType;
            var disposition = response.Content.Headers.ContentDisposition;
            var sentAsAttachment = string.Equals(disposition?.DispositionType, "attachment", StringComparison.OrdinalIgnoreCase);
            if (PlatformErrorBody.IsHtml(null, actual) && (refuse is not null || !sentAsAttachment))
            {
                throw WebPage(endpoint, response.StatusCode);
            }

            if (refuse?.Invoke(actual) is { } reason)
            {
                throw Unavailable(endpoint, reason, null);
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var fileName = disposition?.FileNameStar ?? disposition?.FileName?.Trim('"');
            return (new ResponseOwnedStream(response, stream), actual, fileName, response.Content.Headers.ContentLength);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>A response Refit hands back as it is becomes the <see cref="ApiException"/> Refit throws for the others.</summary>
    private static async Task<HttpResponseMessage> ThrowUnlessSuccessAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        try
        {
            var request = response.RequestMessage ?? throw new InvalidOperationException("Refit returned a response without its request.");
            throw await ApiException.Create(request, request.Method, response, ErrorBodySettings).ConfigureAwait(false);
        }
        finally
        {
            response.Dispose();
        }
    }

    /// <summary>
    /// Serializes and hashes the body once and runs the call (<see cref="RunAsync"/>); not an async method of its own,
    /// since all it does before the call is synchronous.
    /// </summary>
    private Task<TAnswer> SendAsync<TBody, TAnswer>(
        string endpoint,
        TBody body,
        JsonTypeInfo<TBody> bodyType,
        PlatformCall call,
        Func<HttpContent, string, CancellationToken, Task<TAnswer>> send,
        CancellationToken cancellationToken)
        where TBody : PlatformRequestBody
    {
        ArgumentNullException.ThrowIfNull(body);
        body.Timestamp = Time.GetUtcNow().ToUnixTimeSeconds();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, bodyType);

        // Every attempt sends these same bytes, so they are hashed once; nonce, timestamp and signature stay per attempt.
        var bodyHash = PlatformSignature.HashBody(bytes);

        // Fresh content per attempt over the same bytes, handed to Refit, which disposes each request with its content.
        return RunAsync(
            endpoint,
            call,
            attemptCancellation => send(JsonBody(bytes), bodyHash, attemptCancellation),
            cancellationToken);
    }

    private static ByteArrayContent JsonBody(byte[] bytes) =>
        new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(PlatformSignature.ContentType) } };

    /// <summary>
    /// Runs each attempt of a call in the area's pipeline and turns every failure into Application's exception, in a
    /// client span of its own (the attempts' HTTP requests carry its trace context) timed and counted by <see cref="PlatformMetrics"/>.
    /// </summary>
    private async Task<TAnswer> RunAsync<TAnswer>(
        string endpoint, PlatformCall call, Func<CancellationToken, Task<TAnswer>> attempt, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = PlatformMetrics.StartSpan(area, endpoint);

        var outcome = BackendCallOutcome.Error;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(PlatformResilienceKeys.IsRead, call.IsRead);
        try
        {
            // Refit's answer is null only for a JSON null, which Map reports as malformed.
            var answer = await pipeline.ExecuteAsync(
                static async (resilience, send) => (object)(await send(resilience.CancellationToken).ConfigureAwait(false))!,
                context,
                attempt).ConfigureAwait(false);
            outcome = BackendCallOutcome.Success;
            return (TAnswer)answer;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = BackendCallOutcome.Cancelled;
            throw;
        }
        catch (BrokenCircuitException)
        {
            // Every call is refused while the circuit is open: no exception in the log, and one line per interval.
            outcome = BackendCallOutcome.CircuitOpen;
            log.RefusedWhileOpen(endpoint);
            throw new BackendUnavailableException(area.Name, "switched off after repeated failures");
        }
        catch (TimeoutRejectedException exception)
        {
            outcome = BackendCallOutcome.Timeout;
            throw Unavailable(endpoint, "timed out", exception);
        }
        catch (ApiException exception)
        {
            var failure = FromAnswer(exception, endpoint, call);
            outcome = failure switch
            {
                BackendBusyException => BackendCallOutcome.Busy,
                BackendUnavailableException => BackendCallOutcome.Unavailable,
                _ => BackendCallOutcome.Refused,
            };
            throw failure;
        }
        catch (ApiRequestException exception) when (exception.InnerException is OperationCanceledException)
        {
            outcome = BackendCallOutcome.Timeout;
            throw Unavailable(endpoint, "timed out", exception.InnerException);
        }
        catch (ApiRequestException exception)
        {
            outcome = BackendCallOutcome.Unreachable;
            throw Unavailable(endpoint, "unreachable", exception.InnerException ?? exception);
        }
        catch (OperationCanceledException exception)
        {
            outcome = BackendCallOutcome.Timeout;
            throw Unavailable(endpoint, "timed out", exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
            metrics.Ended(area, outcome, started, activity);
        }
    }

    /// <summary>The Platform's failing status, or an answer that could not be read, as Application's exception.</summary>
    private Exception FromAnswer(ApiException answer, string endpoint, PlatformCall call)
    {
        var status = answer.StatusCode;
        if (PlatformFailures.IsSuccess(status) && PlatformFailures.IsConnectionFailure(answer))
        {
            return Unavailable(endpoint, "unreachable", answer.InnerException);
        }

        var error = PlatformErrorBody.Read(answer.Content, answer.ContentHeaders?.ContentType?.MediaType);
        if (error.IsWebPage)
        {
            return WebPage(endpoint, status);
        }

        if (PlatformFailures.IsSuccess(status))
        {
            return Malformed(endpoint, answer.InnerException ?? answer);
        }

        if (call.IsSessionCheck && status == HttpStatusCode.Unauthorized && SaysInactive(answer.Content))
        {
            // session/validate's own refusal, {active: false, error}: the user is gone or inactive (§3).
            return new SignInRevokedException("The Platform no longer accepts this user; please sign in again.");
        }

        if (status == HttpStatusCode.Unauthorized && !error.HasSuccessKey)
        {
            // Only the HMAC middleware answers without "success": it refused Portal's own signature (secret, portal id or
            // clock). Nothing the user did, so the user stays signed in and the area is unavailable until it is fixed.
            log.SignatureRefused(endpoint);
            return new BackendUnavailableException(area.Name, "it refused Portal's signature");
        }

        if (call.IsSignIn && status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            log.SignInRefused((int)status);
            return WrongCredentials();
        }

        return status switch
        {
            // §1.3: the signature passed and the acting user is gone or inactive.
            HttpStatusCode.Unauthorized => new NotAuthenticatedException("Your sign-in is no longer valid; please sign in again."),
            HttpStatusCode.Forbidden when IsRoleRefusal(error) => new ActionNotPermittedException(
                "The Platform does not allow this for your role: " + error.Message),
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => new NotFoundException(call.Subject),
            HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity => Rejected(error),
            HttpStatusCode.TooManyRequests => Busy(endpoint, answer, error),
            _ => Unavailable(endpoint, "answered HTTP " + (int)status, null),
        };
    }

    /// <summary>
    /// A view's role check (§2.1: "Owner role required for this action.", "Owner or billing role required."), told apart
    /// from the membership rule's "Access denied", which stays "not found".
    /// </summary>
    private static bool IsRoleRefusal(PlatformErrorBody error) =>
        error.Message is { } message && message.Contains("role required", StringComparison.OrdinalIgnoreCase);

    /// <summary>The session check's own refusal, <c>{"active": false, ...}</c>, told apart from a refused signature.</summary>
    private static bool SaysInactive(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(content);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("active", out var active)
                && active.ValueKind == JsonValueKind.False;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// The Platform's reason for the user. <see cref="PlatformErrorBody.FieldErrors"/> holds the <c>errors</c> field map
    /// (ticket create and reply) for the forms that show it beside their fields; its messages are in the reason already.
    /// </summary>
    private static RequestRejectedException Rejected(PlatformErrorBody error) =>
        error.FieldErrors is { } fieldErrors
            ? new(error.Message ?? "The Platform refused the request.", fieldErrors)
            : new(error.Message ?? "The Platform refused the request.");

    /// <summary>
    /// A 429: the header's wait, else the body's <c>retry_after</c>, else a whole window of the Platform's per-minute limits.
    /// </summary>
    private BackendBusyException Busy(string endpoint, ApiException answer, PlatformErrorBody error)
    {
        var wait = RetryAfterDelay.Asked(answer.Headers.RetryAfter, Time.GetUtcNow()) ?? error.RetryAfter ?? DefaultBusyWait;
        var busy = new BackendBusyException(area.Name, wait);
        log.Busy(endpoint, busy.RetryAfter);
        return busy;
    }

    /// <summary>
    /// A web page where JSON was expected: with a 503, the Platform's maintenance mode answers every call so (a
    /// configuration mistake is not to be suspected); any other, PLATFORM_API_URL most likely names something else.
    /// </summary>
    private BackendUnavailableException WebPage(string endpoint, HttpStatusCode status)
    {
        if (status == HttpStatusCode.ServiceUnavailable)
        {
            log.Maintenance(endpoint);
            return new BackendUnavailableException(area.Name, "it is in maintenance");
        }

        log.WebPage((int)status, endpoint);
        return new BackendUnavailableException(area.Name, "it answered with a web page instead of JSON");
    }

    private static NotAuthenticatedException WrongCredentials() => new("The email address or password is wrong.");

    private BackendUnavailableException Malformed(string endpoint, Exception exception) =>
        Unavailable(endpoint, "malformed answer", exception);

    private BackendUnavailableException Unavailable(string endpoint, string reason, Exception? exception)
    {
        // A timeout's stack trace (some 18 KB through Polly) says nothing the reason does not; the caller still gets it.
        log.Unavailable(endpoint, reason, exception is TimeoutRejectedException or OperationCanceledException ? null : exception);
        return new BackendUnavailableException(area.Name, reason, exception);
    }
}
