using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>Keeps every log entry the adapter writes, to check what is logged at which level and that no secret is.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries => entries.ToArray();

    public string AllText => string.Join(
        "\n", Entries.Select(e => e.Message + " " + e.Exception));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.entries.Enqueue((logLevel, category, formatter(state, exception), exception));
    }
}
