using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using Portal.Adapters.Nats.Configuration;
using Portal.Adapters.Nats.Contracts.Common;
using Polly.CircuitBreaker;
using Portal.Adapters.Nats.Messaging;
using Portal.Adapters.Nats.Resilience;
using Portal.Adapters.Nats.Telemetry;
using Portal.Application.Common.Exceptions;

namespace Portal.Adapters.Nats.Requests;

/// <summary>
/// Sends one HTPI request and turns its answer into a Domain value or an application exception. The answer subject
/// <c>customer.&lt;area&gt;.response.&lt;instance&gt;.&lt;sequence&gt;</c> is both the NATS reply subject and the body's
/// <c>responseChannel</c>, so a service answering seed style (publishing to that channel) and one answering on the reply
/// subject reach the bus's single wildcard subscription of the area alike. An answer is parsed once, as its own type:
/// every answer type is an <see cref="HtpiAnswer"/>, which carries the fields of a refusal. Each request runs in a client
/// span of its own (timed and counted by <see cref="HtpiMetrics"/>), goes through its area's circuit breaker, waits the
/// sign-in check's or the data requests' timeout (both capped by <c>NATS_REQUEST_TIMEOUT</c>), and a failure (an
/// unreadable answer included) is logged only by <see cref="HtpiFailureLog"/>, throttled per area, without the answer.
/// </summary>
internal sealed class HtpiRequester(
    IMessageBus bus,
    IOptions<NatsAdapterOptions> options,
    IOptions<HtpiResilienceOptions> resilienceOptions,
    HtpiCircuitBreakers breakers,
    HtpiFailureLog failureLog,
    HtpiMetrics metrics,
    TimeProvider timeProvider)
{
    private readonly NatsAdapterOptions settings = options.Value;
    private readonly TimeSpan signInTimeout = Shorter(resilienceOptions.Value.SignInTimeout, options.Value.RequestTimeout);
    private readonly TimeSpan dataTimeout = Shorter(resilienceOptions.Value.DataTimeout, options.Value.RequestTimeout);

    /// <summary>
    /// Starts anywhere in 0..2^62, not at zero: processes configured with the same <c>NATS_INSTANCE_ID</c> (one environment
    /// for every replica) would otherwise wait on the same answer subjects and take each other's answers.
    /// </summary>
    private long sequence = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long))) & 0x3FFF_FFFF_FFFF_FFFF;

    /// <param name="createRequest">Builds the request body around the stamp this call drew.</param>
    /// <param name="map">Turns the parsed answer into the port's result; may throw <see cref="MalformedAnswerException"/>,
    /// an <see cref="ArgumentException"/> from a Domain constructor (both reported as a malformed answer) or an
    /// application exception (passed on as it is).</param>
    public async Task<TResult> RequestAsync<TRequest, TAnswer, TResult>(
        HtpiOperation operation,
        Func<RequestStamp, TRequest> createRequest,
        JsonTypeInfo<TRequest> requestType,
        JsonTypeInfo<TAnswer> answerType,
        Func<TAnswer, TResult> map,
        CancellationToken cancellationToken)
        where TAnswer : HtpiAnswer
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = StartSpan(operation);

        var outcome = BackendCallOutcome.Error;
        try
        {
            var stamp = NextStamp(operation.Area);
            var payload = JsonSerializer.SerializeToUtf8Bytes(createRequest(stamp), requestType);

            var timeout = operation == HtpiOperations.VerifyToken ? signInTimeout : dataTimeout;

            BusMessage reply;
            try
            {
                reply = await breakers.For(operation.Area).ExecuteAsync(
                    static (call, token) => new ValueTask<BusMessage>(
                        call.Bus.RequestAsync(call.Subject, call.ReplySubject, call.Payload, call.Timeout, token)),
                    (Bus: bus, operation.Subject, ReplySubject: stamp.ResponseChannel, Payload: payload, Timeout: timeout),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (BrokenCircuitException)
            {
                outcome = BackendCallOutcome.CircuitOpen;
                failureLog.Failed(operation.Area, HtpiFailures.CircuitOpenReason);
                throw HtpiFailures.CircuitOpen(operation.Area);
            }
            catch (MessageBusException exception)
            {
                outcome = BackendCallOutcome.Of(exception);
                failureLog.Failed(operation.Area, HtpiFailures.ReasonOf(exception));
                throw HtpiFailures.FromBus(operation.Area, exception);
            }

            // Answered: a failure from here on is a refusal, or an answer that could not be read.
            outcome = BackendCallOutcome.Refused;
            TResult result;
            using (reply)
            {
                result = ReadAnswer(operation, reply.Payload, answerType, map);
            }

            outcome = BackendCallOutcome.Success;
            return result;
        }
        catch (BackendUnavailableException malformed) when (outcome == BackendCallOutcome.Refused)
        {
            outcome = BackendCallOutcome.Malformed;
            failureLog.Malformed(operation.Area, malformed.InnerException ?? malformed);
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = BackendCallOutcome.Cancelled;
            throw;
        }
        finally
        {
            metrics.Ended(operation.Area, outcome, started, activity);
        }
    }

    /// <summary>A client span named after the subject, when a listener asks for one; its tags only then.</summary>
    private static Activity? StartSpan(HtpiOperation operation)
    {
        var activity = HtpiTelemetry.Source.StartActivity(operation.Subject, ActivityKind.Client);
        activity?.SetTag("backend", HtpiTelemetry.Backend)
            .SetTag("area", operation.Area.Name)
            .SetTag("messaging.system", "nats")
            .SetTag("messaging.destination.name", operation.Subject);
        return activity;
    }

    private static TResult ReadAnswer<TAnswer, TResult>(
        HtpiOperation operation,
        ReadOnlyMemory<byte> payload,
        JsonTypeInfo<TAnswer> answerType,
        Func<TAnswer, TResult> map)
        where TAnswer : HtpiAnswer
    {
        TAnswer answer;
        try
        {
            answer = JsonSerializer.Deserialize(payload.Span, answerType)
                ?? throw new MalformedAnswerException("The answer is JSON null.");
        }
        catch (Exception exception) when (exception is JsonException or MalformedAnswerException)
        {
            throw HtpiFailures.MalformedAnswer(operation.Area, exception);
        }

        if (answer.IsRefusal)
        {
            throw HtpiFailures.FromRefusal(operation, answer.Error);
        }

        try
        {
            return map(answer);
        }
        catch (Exception exception) when (exception is not PortalException)
        {
            // Whatever else a mapper trips over in a hostile or broken answer (a null in a list, say) is still the
            // answer's fault: the area is unavailable, never the page a 500.
            throw HtpiFailures.MalformedAnswer(operation.Area, exception);
        }
    }

    private static TimeSpan Shorter(TimeSpan first, TimeSpan second) => first < second ? first : second;

    private RequestStamp NextStamp(HtpiArea area)
    {
        var number = Interlocked.Increment(ref sequence);
        var clientId = string.Create(CultureInfo.InvariantCulture, $"{settings.InstanceId}.{number}");
        return new RequestStamp(
            ClientId: clientId,
            RequestId: Guid.NewGuid().ToString("N"),
            Timestamp: timeProvider.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ResponseChannel: AnswerSubjects.For(area, clientId));
    }
}
