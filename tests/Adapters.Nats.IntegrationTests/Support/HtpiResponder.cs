using System.Text;
using System.Text.Json;
using NATS.Client.Core;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>
/// A stand-in HTPI service on the real bus, a peer written with the official client: it subscribes to one subject and
/// answers every request with what <c>answer</c> makes of the request body. Its subscription is confirmed by the server
/// before <c>StartAsync</c> returns.
/// </summary>
internal sealed class HtpiResponder : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly ReceivedRequests received = new();
    private Task loop = Task.CompletedTask;

    private HtpiResponder()
    {
    }

    public IReadOnlyList<JsonElement> Received => received.Snapshot;

    /// <summary>Completes once the service took at least <paramref name="count"/> requests.</summary>
    public Task ReceivedAtLeastAsync(int count) => received.AtLeastAsync(count);

    /// <summary>The connection of a test service: a peer of Portal on the same server.</summary>
    public static async Task<NatsConnection> ConnectServiceAsync(string url)
    {
        var connection = new NatsConnection(new NatsOpts { Url = url, Name = "htpi-test-service" });
        await connection.ConnectAsync();
        return connection;
    }

    public static async Task<HtpiResponder> StartAsync(
        NatsConnection service, string subject, string area, AnswerStyle style, Func<JsonElement, string> answer)
    {
        var responder = new HtpiResponder();
        var subscription = await service.SubscribeCoreAsync<byte[]>(subject);
        await service.PingAsync();
        responder.loop = Task.Run(async () =>
        {
            await using (subscription)
            {
                await foreach (var request in subscription.Msgs.ReadAllAsync(responder.stop.Token))
                {
                    using var document = JsonDocument.Parse(request.Data);
                    var body = document.RootElement.Clone();
                    responder.received.Add(body);

                    var target = style switch
                    {
                        AnswerStyle.SeedStyle => $"customer.{area}.response.{body.GetProperty("clientId").GetString()}",
                        AnswerStyle.RequestReply => request.ReplyTo,
                        _ => null,
                    };
                    if (target is not null)
                    {
                        await service.PublishAsync(target, Encoding.UTF8.GetBytes(answer(body)));
                    }
                }
            }
        });
        return responder;
    }

    public static Task<HtpiResponder> StartAsync(NatsConnection service, string subject, string area, AnswerStyle style, string answer) =>
        StartAsync(service, subject, area, style, _ => answer);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop.WaitAsync(Watcher.Guard);
        }
        catch (OperationCanceledException)
        {
            // The responder's loop ends by cancellation.
        }

        stop.Dispose();
    }
}
