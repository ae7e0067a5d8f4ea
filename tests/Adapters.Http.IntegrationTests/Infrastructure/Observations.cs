namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>Results recorded as they happen, with a way to wait until they say something instead of sleeping.</summary>
public sealed class Observations<T>
{
    private readonly Lock gate = new();
    private readonly List<T> items = [];
    private readonly List<(Func<IReadOnlyList<T>, bool> Holds, TaskCompletionSource Reached)> waiters = [];

    public IReadOnlyList<T> Items
    {
        get
        {
            lock (gate)
            {
                return items.ToArray();
            }
        }
    }

    public void Add(T item)
    {
        lock (gate)
        {
            items.Add(item);
            foreach (var waiter in waiters.Where(w => w.Holds(items)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Reached.TrySetResult();
            }
        }
    }

    /// <summary>Completes once <paramref name="holds"/> is true of the results so far.</summary>
    public Task WaitForAsync(Func<IReadOnlyList<T>, bool> holds)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (holds(items))
            {
                return Task.CompletedTask;
            }

            waiters.Add((holds, reached));
        }

        return reached.Task;
    }
}
