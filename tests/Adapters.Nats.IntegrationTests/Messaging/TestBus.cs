using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NATS.Client.Core;
using Portal.Adapters.Nats.Connection;

namespace Portal.Adapters.Nats.IntegrationTests.Messaging;

/// <summary>Buses, peer services on the official client and responders for the bus tests.</summary>
internal static class TestBus
{
    /// <summary>Upper bound of every wait in these tests: a failure guard, never the expected duration.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    /// <summary>A request timeout far longer than any test, to prove a failure came early and not from the timeout.</summary>
    public static readonly TimeSpan LongTimeout = TimeSpan.FromSeconds(60);

    public static NatsOpts Options(string url, ILoggerFactory? logs = null) => new()
    {
        Url = url,
        Name = "bus-tests",
        ConnectTimeout = TimeSpan.FromSeconds(5),
        ReconnectWaitMin = TimeSpan.FromMilliseconds(20),
        ReconnectWaitMax = TimeSpan.FromMilliseconds(100),
        ReconnectJitter = TimeSpan.FromMilliseconds(10),
        SuppressSlowConsumerWarnings = true,
        LoggerFactory = logs ?? NullLoggerFactory.Instance,
    };

    public static Task<NatsMessageBus> ConnectAsync(string url, ILoggerFactory? logs = null) =>
        NatsMessageBus.ConnectAsync(Options(url, logs), CancellationToken.None);

    /// <summary>A peer (an HTPI service, a broadcaster) written with the official client directly.</summary>
    public static async Task<NatsConnection> ServiceAsync(string url)
    {
        var connection = new NatsConnection(Options(url) with { Name = "test-service" });
        await connection.ConnectAsync();
        return connection;
    }

    /// <summary>
    /// Answers every request on <paramref name="subject"/> on its reply subject with <paramref name="answer"/> until
    /// <paramref name="stop"/>; the server has the subscription before this returns.
    /// </summary>
    public static async Task<Task> StartResponderAsync(
        NatsConnection service, string subject, Func<NatsMsg<byte[]>, byte[]> answer, CancellationToken stop)
    {
        var subscription = await service.SubscribeCoreAsync<byte[]>(subject, cancellationToken: stop);
        await service.PingAsync(stop);
        return Task.Run(
            async () =>
            {
                await using (subscription)
                {
                    try
                    {
                        await foreach (var request in subscription.Msgs.ReadAllAsync(stop))
                        {
                            if (request.ReplyTo is { } replyTo)
                            {
                                await service.PublishAsync(replyTo, answer(request), cancellationToken: CancellationToken.None);
                            }
                        }
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                    }
                }
            },
            CancellationToken.None);
    }

    public static Task<Task> StartEchoAsync(NatsConnection service, string subject, CancellationToken stop) =>
        StartResponderAsync(service, subject, request => request.Data ?? [], stop);

    /// <summary>Completes when <paramref name="bus"/> next reports the connection lost.</summary>
    public static Task NextLossAsync(NatsMessageBus bus)
    {
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bus.ConnectionLost += (_, _) => lost.TrySetResult();
        return lost.Task;
    }

    /// <summary>Completes when <paramref name="bus"/> next reports the connection restored.</summary>
    public static Task NextRestoreAsync(NatsMessageBus bus)
    {
        var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bus.ConnectionRestored += (_, _) => restored.TrySetResult();
        return restored.Task;
    }

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    public static string Text(ReadOnlyMemory<byte> bytes) => Encoding.UTF8.GetString(bytes.Span);
}
