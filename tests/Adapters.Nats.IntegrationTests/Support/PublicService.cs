using System.Text;
using System.Text.Json;
using NATS.Client.Core;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>
/// A stand-in for one subject of the public HTPI services (PIndustries/htpi-auth-, -tenant-, -dashboard-,
/// -encounters-service) that behaves as they do on the wire, not as the seed says: each replica is a plain subscription
/// (no queue group), so two replicas answer twice; a <see cref="Route.Published"/> subject publishes its answer to
/// <c>&lt;portal&gt;.&lt;area&gt;.response.&lt;clientId&gt;</c>, with <c>&lt;portal&gt;</c> read from the request's
/// <c>portal</c> field (or the service's default when the request has none) and the reply subject and
/// <c>responseChannel</c> ignored; a <see cref="Route.ReplySubject"/> subject answers only on the reply subject; no answer
/// echoes <c>requestId</c>; and a handler that fails (the answer function returns null) sends nothing at all.
/// </summary>
internal sealed class PublicService : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly ReceivedRequests received = new();
    private readonly List<Task> loops = [];

    private PublicService()
    {
    }

    public enum Route
    {
        /// <summary>Login, tenant list and get, dashboard, encounters: published to the portal's answer subject.</summary>
        Published,

        /// <summary>Verify, refresh, verify.access: <c>msg.respond</c>.</summary>
        ReplySubject,
    }

    /// <summary>Every request any replica took, in arrival order.</summary>
    public IReadOnlyList<JsonElement> Received => received.Snapshot;

    /// <summary>Completes once the service took at least <paramref name="count"/> requests.</summary>
    public Task ReceivedAtLeastAsync(int count) => received.AtLeastAsync(count);

    /// <param name="area">The answer subject's area token (for example <c>tenants</c>, or <c>tenant</c> for <c>htpi.tenant.get</c>).</param>
    /// <param name="defaultPortal">What the service takes when the request names no portal (the encounters service: <c>admin</c>).</param>
    /// <param name="answer">The answer to a request body; null when the handler fails and sends nothing.</param>
    public static async Task<PublicService> StartAsync(
        NatsConnection service,
        string subject,
        Route route,
        Func<JsonElement, string?> answer,
        string area = "",
        string defaultPortal = "customer",
        int replicas = 1)
    {
        var started = new PublicService();
        for (var replica = 0; replica < replicas; replica++)
        {
            var subscription = await service.SubscribeCoreAsync<byte[]>(subject);
            started.loops.Add(Task.Run(() => started.ServeAsync(service, subscription, route, answer, area, defaultPortal)));
        }

        await service.PingAsync();
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await Task.WhenAll(loops).WaitAsync(Watcher.Guard);
        }
        catch (OperationCanceledException)
        {
            // The loops end by cancellation.
        }

        stop.Dispose();
    }

    private async Task ServeAsync(
        NatsConnection service, INatsSub<byte[]> subscription, Route route, Func<JsonElement, string?> answer, string area, string defaultPortal)
    {
        await using (subscription)
        {
            await foreach (var request in subscription.Msgs.ReadAllAsync(stop.Token))
            {
                using var document = JsonDocument.Parse(request.Data);
                var body = document.RootElement.Clone();
                received.Add(body);

                if (answer(body) is not { } text)
                {
                    continue;
                }

                var target = route == Route.ReplySubject
                    ? request.ReplyTo
                    : $"{Field(body, "portal") ?? defaultPortal}.{area}.response.{Field(body, "clientId")}";
                if (target is not null)
                {
                    await service.PublishAsync(target, Encoding.UTF8.GetBytes(text));
                }
            }
        }
    }

    private static string? Field(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
