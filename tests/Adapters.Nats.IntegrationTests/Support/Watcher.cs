using Portal.Application.LiveUpdates.Ports;
using Portal.Domain.LiveUpdates;
using Portal.Domain.Tenants;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>
/// One browser watching a tenant. It joins on creation (the feed joins the tenant's subscription before WatchAsync first
/// awaits) and always keeps one read in flight, so leaving is "cancel, then see that read end".
/// </summary>
internal sealed class Watcher : IAsyncDisposable
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource leave = new();
    private IAsyncEnumerator<TenantEvent>? events;
    private Task<bool> next;

    public Watcher(ITenantEventFeed feed, string tenantId)
    {
        Live = feed.WatchAsync(new TenantId(tenantId), leave.Token);
        next = FirstAsync();
    }

    /// <summary>Completes once the feed says the subscription is live.</summary>
    public Task<IAsyncEnumerable<TenantEvent>> Live { get; }

    public async Task<TenantEvent> NextAsync()
    {
        Assert.True(await next.WaitAsync(Guard), "the feed ended");
        var current = events!.Current;
        next = events.MoveNextAsync().AsTask();
        return current;
    }

    /// <summary>True when no event is waiting for this watcher right now.</summary>
    public bool IsIdle => !next.IsCompleted;

    /// <summary>The read in flight; it fails when the feed ends the stream.</summary>
    public Task<bool> PendingRead => next;

    public async Task LeaveAsync()
    {
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(Guard));
    }

    public async ValueTask DisposeAsync()
    {
        await leave.CancelAsync();
        try
        {
            await next.WaitAsync(Guard);
        }
        catch (Exception exception) when (exception is OperationCanceledException or Application.Common.Exceptions.PortalException)
        {
            // The stream ended as expected for a watcher that leaves or whose feed gave up.
        }

        if (events is not null)
        {
            await events.DisposeAsync();
        }

        leave.Dispose();
    }

    private async Task<bool> FirstAsync()
    {
        events = (await Live).GetAsyncEnumerator(leave.Token);
        return await events.MoveNextAsync();
    }
}
