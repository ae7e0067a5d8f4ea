using System.Text;
using Portal.Adapters.Nats.IntegrationTests.Support;
using NATS.Client.Core;

namespace Portal.Adapters.Nats.IntegrationTests.Resilience;

/// <summary>
/// A stand-in HTPI service on the real bus that answers every request on its reply subject, or, while
/// <see cref="Hung"/>, receives requests and answers none of them: a service stuck on something, still subscribed.
/// </summary>
internal sealed class SwitchableService : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private Task loop = Task.CompletedTask;
    private volatile bool hung;

    private SwitchableService()
    {
    }

    public bool Hung
    {
        get => hung;
        set => hung = value;
    }

    public static async Task<SwitchableService> StartAsync(NatsConnection service, string subject, string answer)
    {
        var started = new SwitchableService();
        var subscription = await service.SubscribeCoreAsync<byte[]>(subject);
        await service.PingAsync();
        var body = Encoding.UTF8.GetBytes(answer);
        started.loop = Task.Run(async () =>
        {
            await using (subscription)
            {
                await foreach (var request in subscription.Msgs.ReadAllAsync(started.stop.Token))
                {
                    if (!started.hung && request.ReplyTo is { } replyTo)
                    {
                        await service.PublishAsync(replyTo, body);
                    }
                }
            }
        });
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop.WaitAsync(Watcher.Guard);
        }
        catch (OperationCanceledException)
        {
            // The loop ends by cancellation.
        }

        stop.Dispose();
    }
}
