using System.Text.Json;

namespace Portal.Adapters.Nats.IntegrationTests.Support;

/// <summary>A request as the fake bus saw it: subject, reply subject, timeout and the parsed body.</summary>
internal sealed record SentRequest(string Subject, string ReplySubject, TimeSpan Timeout, JsonElement Body)
{
    public string Field(string name) => Body.GetProperty(name).GetString()!;

    public bool Has(string name) => Body.TryGetProperty(name, out _);
}
