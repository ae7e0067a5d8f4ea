using System.Text.Json;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>
/// The requests a stand-in service took, recorded on the service's own loop: a test that counts them waits for the count
/// instead of assuming the loop has run by the time Portal's side finished.
/// </summary>
internal sealed class ReceivedRequests
{
    private readonly List<JsonElement> items = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];

    public IReadOnlyList<JsonElement> Snapshot
    {
        get
        {
            lock (items)
            {
                return [.. items];
            }
        }
    }

    public void Add(JsonElement body)
    {
        lock (items)
        {
            items.Add(body);
            for (var index = waiters.Count - 1; index >= 0; index--)
            {
                if (items.Count >= waiters[index].Count)
                {
                    waiters[index].Reached.TrySetResult();
                    waiters.RemoveAt(index);
                }
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> requests were taken.</summary>
    public Task AtLeastAsync(int count)
    {
        lock (items)
        {
            if (items.Count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((count, reached));
            return reached.Task;
        }
    }
}
