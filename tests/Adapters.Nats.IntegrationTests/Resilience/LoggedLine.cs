using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Nats.IntegrationTests.Resilience;

internal sealed record LoggedLine(
    string Category, LogLevel Level, int EventId, string Message, Exception? Exception, IReadOnlyList<KeyValuePair<string, object?>> Properties)
{
    public object? Property(string name) => Properties.FirstOrDefault(property => property.Key == name).Value;

    /// <summary>What the line costs in a log file: its text and any exception's, roughly as the console writes them.</summary>
    public int Length => Message.Length + (Exception?.ToString().Length ?? 0);
}
