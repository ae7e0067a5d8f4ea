using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Nats.IntegrationTests.Resilience;

/// <summary>Keeps every line logged through it, with its exception, and lets a test await a line by event id.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LoggedLine> lines = new();
    private readonly List<(int EventId, string? Area, TaskCompletionSource Seen)> awaited = [];

    public IReadOnlyList<LoggedLine> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    /// <summary>Completes when a line with <paramref name="eventId"/> (and, if given, naming <paramref name="area"/>) is logged from now on.</summary>
    public Task Next(int eventId, string? area = null)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (awaited)
        {
            awaited.Add((eventId, area, seen));
        }

        return seen.Task;
    }

    public void Dispose()
    {
    }

    private void Record(LoggedLine line)
    {
        lines.Enqueue(line);
        lock (awaited)
        {
            for (var i = awaited.Count - 1; i >= 0; i--)
            {
                var (eventId, area, seen) = awaited[i];
                if (eventId == line.EventId && (area is null || Equals(line.Property("Area"), area)))
                {
                    seen.TrySetResult();
                    awaited.RemoveAt(i);
                }
            }
        }
    }

    private sealed class Recorder(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            provider.Record(new LoggedLine(category, logLevel, eventId.Id, formatter(state, exception), exception, properties));
        }
    }
}
