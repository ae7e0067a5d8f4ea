namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// Who is asking, in the body of every POST and never in the URL: the user, the customer (tenant) they are looking at,
/// and when (Unix seconds). <see cref="PlatformApiClient"/> fills these in just before sending.
/// </summary>
internal abstract class PlatformRequestBody
{
    public string? UserId { get; set; }

    public string? CustomerId { get; set; }

    public long Timestamp { get; set; }
}
