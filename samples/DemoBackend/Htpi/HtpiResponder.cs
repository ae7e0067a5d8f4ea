using System.Text.Json;
using Microsoft.Extensions.Logging;
using Portal.Adapters.Nats.Messaging;
using Portal.Demo.Backend.Telemetry;

namespace Portal.Demo.Backend.Htpi;

/// <summary>
/// Subscribes to every endpoint's subject and sends each answer by the endpoint's <see cref="AnswerRoute"/> only. A
/// public service runs as <c>replicas</c> copies without a queue group, so with 2 every answer is sent twice.
/// </summary>
internal sealed partial class HtpiResponder(IMessageBus bus, IReadOnlyList<HtpiEndpoint> endpoints, int replicas, ILogger logger)
{
    /// <summary>
    /// Starts answering every endpoint until <paramref name="cancellationToken"/> is cancelled. <c>Serving</c> ends with
    /// the loops; <c>Subscribed</c> completes once every subscription has been sent (a flush after it proves the server has them).
    /// </summary>
    public (Task Serving, Task Subscribed) Start(CancellationToken cancellationToken)
    {
        var subscribed = endpoints.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var serving = Task.WhenAll(endpoints.Select((endpoint, index) => ServeAsync(endpoint, subscribed[index], cancellationToken)).ToList());
        return (serving, Task.WhenAll(subscribed.Select(done => done.Task)));
    }

    /// <summary>The one subject the answer goes to by the endpoint's route; null when the request gives it none.</summary>
    public static string? AnswerSubject(HtpiEndpoint endpoint, HtpiRequest request)
    {
        var portal = IsToken(request.Portal) ? request.Portal : endpoint.DefaultPortal;
        var clientSubject = IsPublishable(request.ClientId) ? $"{portal}.{endpoint.Area}.response.{request.ClientId}" : null;
        var replySubject = IsPublishable(request.Message.ReplyTo) ? request.Message.ReplyTo : null;
        var channel = IsPublishable(request.ResponseChannel) ? request.ResponseChannel : null;
        return endpoint.Route switch
        {
            AnswerRoute.ClientSubject => clientSubject,
            AnswerRoute.ReplySubject => replySubject,
            AnswerRoute.SeedStyle => channel ?? clientSubject ?? replySubject,
            _ => replySubject ?? channel ?? clientSubject,
        };
    }

    private async Task ServeAsync(HtpiEndpoint endpoint, TaskCompletionSource subscribed, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in bus.SubscribeAsync(endpoint.Subject, subscribed.SetResult, cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await AnswerAsync(endpoint, message, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // As a public service does: a handler that failed sends nothing, and the request times out.
                    LogAnswerFailed(logger, exception, endpoint.Subject);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The connection is gone for good; the demo keeps serving the Platform and says why HTPI went quiet.
            LogSubscriptionEnded(logger, exception, endpoint.Subject);
            subscribed.TrySetException(exception);
        }
        finally
        {
            subscribed.TrySetCanceled(CancellationToken.None);
        }
    }

    private async Task AnswerAsync(HtpiEndpoint endpoint, BusMessage message, CancellationToken cancellationToken)
    {
        // Continues the requester's trace; the answer published inside it carries this span's context back.
        using var activity = DemoTelemetry.StartHtpiAnswer(endpoint.Subject, message.TraceContext);
        var request = HtpiRequest.Parse(message);
        var answer = await endpoint.Handle(request, cancellationToken).ConfigureAwait(false);
        var subject = AnswerSubject(endpoint, request);
        if (subject is null)
        {
            LogNowhereToAnswer(logger, endpoint.Subject);
            return;
        }

        var payload = JsonSerializer.SerializeToUtf8Bytes(answer);
        var copies = endpoint.IsPublicService ? replicas : 1;
        for (var copy = 0; copy < copies; copy++)
        {
            await bus.PublishAsync(subject, payload, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A subject the demo may publish to: tokens of letters, digits, '-', '_' and ':' separated by single dots.</summary>
    private static bool IsPublishable(string? subject) =>
        !string.IsNullOrEmpty(subject) && subject.Length <= 256 && subject.Split('.').All(IsToken);

    private static bool IsToken(string? token) =>
        !string.IsNullOrEmpty(token) && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':');

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering a request on {Subject} failed")]
    private static partial void LogAnswerFailed(ILogger logger, Exception exception, string subject);

    [LoggerMessage(Level = LogLevel.Error, Message = "Serving {Subject} stopped")]
    private static partial void LogSubscriptionEnded(ILogger logger, Exception exception, string subject);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A request on {Subject} gave no subject to answer on; not answered")]
    private static partial void LogNowhereToAnswer(ILogger logger, string subject);
}
