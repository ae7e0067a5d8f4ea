using System.Text;
using Portal.Adapters.Nats.Transport;

namespace Portal.Adapters.Nats.IntegrationTests.Transport;

/// <summary>Connections and responders for the transport tests.</summary>
internal static class TestBus
{
    /// <summary>Upper bound of every wait in these tests: a failure guard, never the expected duration.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    /// <summary>A request timeout far longer than any test, to prove a failure came early and not from the timeout.</summary>
    public static readonly TimeSpan LongTimeout = TimeSpan.FromSeconds(60);

    public static Task<NatsConnection> ConnectAsync(string url, Action<NatsClientOptions>? configure = null)
    {
        var options = new NatsClientOptions
        {
            Url = url,
            Name = "transport-tests",
            ConnectTimeout = TimeSpan.FromSeconds(5),
            ReconnectWait = TimeSpan.FromMilliseconds(20),
            ReconnectWaitMax = TimeSpan.FromMilliseconds(100),
            ReconnectJitter = TimeSpan.FromMilliseconds(10),
        };
        configure?.Invoke(options);
        return NatsConnection.ConnectAsync(options);
    }

    /// <summary>
    /// Answers every request on <paramref name="subject"/> with <paramref name="answer"/> until <paramref name="stop"/>;
    /// the SUB is confirmed by the server before this returns.
    /// </summary>
    public static async Task<Task> StartResponderAsync(
        NatsConnection connection,
        string subject,
        Func<NatsMessage, byte[]> answer,
        CancellationToken stop,
        string? queueGroup = null)
    {
        var subscription = connection.Subscribe(subject, queueGroup);
        await connection.FlushAsync(stop);
        return Task.Run(
            async () =>
            {
                await using (subscription)
                {
                    await foreach (var request in subscription.ReadAllAsync(stop))
                    {
                        if (request.ReplyTo is { } replyTo)
                        {
                            await connection.PublishAsync(replyTo, answer(request), CancellationToken.None);
                        }
                    }
                }
            },
            CancellationToken.None);
    }

    public static Task<Task> StartEchoAsync(NatsConnection connection, string subject, CancellationToken stop) =>
        StartResponderAsync(connection, subject, request => request.Payload.ToArray(), stop);

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    public static string Text(ReadOnlyMemory<byte> bytes) => Encoding.UTF8.GetString(bytes.Span);
}
