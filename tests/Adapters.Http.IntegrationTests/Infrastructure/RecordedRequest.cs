using System.Text.Json;

namespace Portal.Adapters.Http.IntegrationTests.Infrastructure;

/// <summary>One request as the fake Platform received it, and whether its signature check let it through.</summary>
public sealed record RecordedRequest(
    string Method,
    string RawTarget,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    long ReceivedTimestamp,
    DateTimeOffset ReceivedAt,
    string? Refusal)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool Accepted => Refusal is null;

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : string.Empty;
}
