using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Portal.Adapters.Http.Platform.Json;
using Portal.Adapters.Http.Platform.Resilience;
using Portal.Adapters.Http.Platform.Streaming;
using Portal.Application.Common.Exceptions;
using Portal.Domain.Identity;

namespace Portal.Adapters.Http.Platform;

/// <summary>
/// What every area's typed client shares: identity in the POST body, the area's resilience pipeline around each send,
/// and one translation of the Platform's answers into Application's exceptions.
/// <list type="bullet">
/// <item>2xx with <c>success: true</c> is mapped; <c>success: false</c> is a <see cref="RequestRejectedException"/>.</item>
/// <item>403 and 404 are <see cref="NotFoundException"/>: the Platform's refusals say nothing about existence.</item>
/// <item>401 means the Platform refused Portal's own signature: a misconfiguration, logged as an error and reported as
/// <see cref="NotAuthenticatedException"/>.</item>
/// <item>Timeouts, connection failures, an open circuit, 5xx and malformed JSON are <see cref="BackendUnavailableException"/>.</item>
/// </list>
/// </summary>
internal abstract class PlatformApiClient
{
    private readonly HttpClient http;
    private readonly PlatformArea area;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;
    private readonly ILogger logger;

    protected PlatformApiClient(
        HttpClient http, PlatformArea area, PlatformResiliencePipelines pipelines, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        this.http = http;
        this.area = area;
        this.logger = logger;
        Time = time;
        pipeline = pipelines.For(area);
    }

    protected TimeProvider Time { get; }

    /// <summary>Fills in who is asking: the scope's user and tenant, and now.</summary>
    protected TBody Scoped<TBody>(TBody body, TenantScope scope)
        where TBody : PlatformRequestBody
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(scope);
        body.UserId = scope.UserId.Value;
        body.CustomerId = scope.TenantId.Value;
        return body;
    }

    /// <summary>Posts <paramref name="body"/> to <paramref name="path"/> (relative to the base URL) and maps the JSON answer.</summary>
    protected async Task<TResult> PostAsync<TBody, TAnswer, TResult>(
        string path,
        TBody body,
        JsonTypeInfo<TBody> bodyType,
        JsonTypeInfo<TAnswer> answerType,
        PlatformCall call,
        Func<TAnswer, TResult> map,
        CancellationToken cancellationToken)
        where TBody : PlatformRequestBody
        where TAnswer : PlatformAnswer
    {
        ArgumentNullException.ThrowIfNull(map);
        using var response = await SendAsync(
                path, body, bodyType, call, Signing.PlatformSignature.ContentType, HttpCompletionOption.ResponseContentRead, cancellationToken)
            .ConfigureAwait(false);
        await ThrowUnlessSuccessAsync(response, path, call, cancellationToken).ConfigureAwait(false);

        TAnswer? answer;
        try
        {
            answer = await response.Content.ReadFromJsonAsync(answerType, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw Malformed(path, exception);
        }

        if (answer is null)
        {
            throw Malformed(path, new JsonException("The answer is JSON null."));
        }

        if (!answer.Success)
        {
            throw Refused(response.StatusCode, answer.ErrorMessage(), call);
        }

        try
        {
            return map(answer);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            throw Malformed(path, exception);
        }
    }

    /// <summary>
    /// Posts and hands back the answer's body as an open stream once its headers arrived: nothing is buffered, and the
    /// returned stream owns the response. The answer must be a <paramref name="contentType"/>.
    /// </summary>
    protected async Task<(Stream Content, string? FileName, long? Length)> OpenStreamAsync<TBody>(
        string path,
        TBody body,
        JsonTypeInfo<TBody> bodyType,
        PlatformCall call,
        string contentType,
        CancellationToken cancellationToken)
        where TBody : PlatformRequestBody
    {
        var response = await SendAsync(path, body, bodyType, call, contentType, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
            .ConfigureAwait(false);
        try
        {
            await ThrowUnlessSuccessAsync(response, path, call, cancellationToken).ConfigureAwait(false);
            var actual = response.Content.Headers.ContentType?.MediaType;
            if (!string.Equals(actual, contentType, StringComparison.OrdinalIgnoreCase))
            {
                throw Unavailable(path, $"answered {actual ?? "no content type"} instead of {contentType}", null);
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var disposition = response.Content.Headers.ContentDisposition;
            var fileName = disposition?.FileNameStar ?? disposition?.FileName?.Trim('"');
            return (new ResponseOwnedStream(response, stream), fileName, response.Content.Headers.ContentLength);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendAsync<TBody>(
        string path,
        TBody body,
        JsonTypeInfo<TBody> bodyType,
        PlatformCall call,
        string accept,
        HttpCompletionOption completion,
        CancellationToken cancellationToken)
        where TBody : PlatformRequestBody
    {
        body.Timestamp = Time.GetUtcNow().ToUnixTimeSeconds();
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, bodyType);

        // Every attempt sends these same bytes, so they are hashed once; nonce, timestamp and signature stay per attempt.
        var bodyHash = Signing.PlatformSignature.HashBody(bytes);

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(PlatformResilienceKeys.IsRead, call.IsRead);
        try
        {
            return await pipeline.ExecuteAsync(
                async attempt =>
                {
                    // A fresh message per attempt: the signing handler gives each its own nonce and timestamp.
                    using var request = new HttpRequestMessage(HttpMethod.Post, path);
                    request.Headers.Accept.ParseAdd(accept);
                    request.Content = new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(Signing.PlatformSignature.ContentType) } };
                    request.Options.Set(Signing.PlatformSigningHandler.BodyHashOption, bodyHash);
                    return await http.SendAsync(request, completion, attempt.CancellationToken).ConfigureAwait(false);
                },
                context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutRejectedException exception)
        {
            throw Unavailable(path, "timed out", exception);
        }
        catch (BrokenCircuitException exception)
        {
            throw Unavailable(path, "switched off after repeated failures", exception);
        }
        catch (HttpRequestException exception)
        {
            throw Unavailable(path, "unreachable", exception);
        }
        catch (OperationCanceledException exception)
        {
            throw Unavailable(path, "timed out", exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task ThrowUnlessSuccessAsync(
        HttpResponseMessage response, string path, PlatformCall call, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        if (call.IsSignIn && status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            PlatformLog.SignInRefused(logger, (int)status);
            throw WrongCredentials();
        }

        switch (status)
        {
            case HttpStatusCode.Unauthorized:
                PlatformLog.SignatureRefused(logger, area.Name, path);
                throw new NotAuthenticatedException("Portal could not authenticate to the Platform; please try again later.");
            case HttpStatusCode.Forbidden or HttpStatusCode.NotFound:
                throw new NotFoundException(call.Subject);
            case HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity:
                throw new RequestRejectedException(
                    await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false)
                    ?? "The Platform refused the request.");
            case HttpStatusCode.TooManyRequests:
                throw Unavailable(path, "too many requests", null);
            default:
                throw Unavailable(path, "answered HTTP " + (int)status, null);
        }
    }

    private static async Task<string?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await response.Content
                .ReadFromJsonAsync(PlatformJsonContext.Default.PlatformAnswer, cancellationToken).ConfigureAwait(false);
            return answer?.ErrorMessage();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PortalException Refused(HttpStatusCode status, string? reason, PlatformCall call) =>
        call.IsSignIn ? WrongCredentials()
        : status == HttpStatusCode.NotFound ? new NotFoundException(call.Subject)
        : new RequestRejectedException(reason ?? "The Platform refused the request.");

    private static NotAuthenticatedException WrongCredentials() => new("The email address or password is wrong.");

    private BackendUnavailableException Malformed(string path, Exception exception) =>
        Unavailable(path, "malformed answer", exception);

    private BackendUnavailableException Unavailable(string path, string reason, Exception? exception)
    {
        PlatformLog.Unavailable(logger, area.Name, path, reason, exception);
        return new BackendUnavailableException(area.Name, reason, exception);
    }
}
