using Microsoft.Extensions.Logging;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>One log entry as <see cref="CapturedLog"/> kept it; <see cref="At"/> is the adapter's clock when it was written.</summary>
public sealed record CapturedEntry(LogLevel Level, string Category, int EventId, string Message, Exception? Exception, DateTimeOffset At);
