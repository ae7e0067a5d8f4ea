using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Portal.Web.FunctionalTests.Htpi;

/// <summary>Every line Portal logs, whatever its level, with any exception written out as the console would.</summary>
internal sealed class AllLevelsLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(AllLevelsLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
