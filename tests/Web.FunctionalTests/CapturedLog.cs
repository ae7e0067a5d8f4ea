using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Portal.Web.FunctionalTests;

/// <summary>Every log line Portal writes while a test runs, to check that an expected answer logs no error.</summary>
internal sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Text)> entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Text)> Entries => [.. entries];

    /// <summary>Error and critical lines, each with its category and exception.</summary>
    public IReadOnlyList<string> Errors => [.. Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Level} {e.Category}: {e.Text}")];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.entries.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? string.Empty : " " + exception)));
    }
}
