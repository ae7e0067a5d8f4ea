using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>
/// Keeps every log entry the adapter writes, stamped with the adapter's clock, to check what is logged at which level,
/// that no secret is, and when a line appeared; <see cref="WaitForAsync"/> lets a test wait for a line instead of sleeping.
/// </summary>
public sealed class CapturedLog(TimeProvider? clock = null) : ILoggerProvider
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly ConcurrentQueue<CapturedEntry> entries = new();
    private readonly Lock waitersGate = new();
    private readonly List<(Func<CapturedEntry, bool> Matches, TaskCompletionSource<CapturedEntry> Found)> waiters = [];

    public IReadOnlyList<CapturedEntry> Entries => entries.ToArray();

    public string AllText => string.Join(
        "\n", Entries.Select(e => e.Message + " " + e.Exception));

    /// <summary>Every entry as a console logger would write it (message and exception), in characters.</summary>
    public long TextLength => Entries.Sum(e => (long)e.Message.Length + (e.Exception?.ToString().Length ?? 0));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>The first entry, already written or still to come, that matches.</summary>
    public Task<CapturedEntry> WaitForAsync(Func<CapturedEntry, bool> matches)
    {
        var found = new TaskCompletionSource<CapturedEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waitersGate)
        {
            if (entries.FirstOrDefault(matches) is { } entry)
            {
                return Task.FromResult(entry);
            }

            waiters.Add((matches, found));
        }

        return found.Task;
    }

    public void Dispose()
    {
    }

    private void Add(CapturedEntry entry)
    {
        lock (waitersGate)
        {
            entries.Enqueue(entry);
            foreach (var waiter in waiters.Where(w => w.Matches(entry)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Found.TrySetResult(entry);
            }
        }
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Add(new CapturedEntry(logLevel, category, eventId.Id, formatter(state, exception), exception, log.clock.GetUtcNow()));
    }
}
