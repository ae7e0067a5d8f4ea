namespace Portal.Adapters.Http.Platform.Json;

/// <summary>A body with nothing but who is asking, for the summaries and detail reads.</summary>
internal sealed class ScopedRequest : PlatformRequestBody;
