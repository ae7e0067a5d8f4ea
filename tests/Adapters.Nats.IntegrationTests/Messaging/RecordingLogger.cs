using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Nats.IntegrationTests.Messaging;

/// <summary>A logger provider that keeps every line logged (category, level, text), to assert on what the bus reported.</summary>
internal sealed class RecordingLogger : ILoggerProvider
{
    private readonly List<(string Category, LogLevel Level, string Message)> entries = [];

    public IReadOnlyList<(string Category, LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (entries)
            {
                return [.. entries];
            }
        }
    }

    /// <summary>A logger factory writing to this recorder only.</summary>
    public ILoggerFactory Factory() => LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

    /// <summary>How many lines contain <paramref name="text"/>.</summary>
    public int Count(string text) => Entries.Count(entry => entry.Message.Contains(text, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new CategoryLogger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string categoryName, LogLevel level, string message)
    {
        lock (entries)
        {
            entries.Add((categoryName, level, message));
        }
    }

    private sealed class CategoryLogger(RecordingLogger recorder, string categoryName) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            recorder.Add(categoryName, logLevel, formatter(state, exception));
    }
}
