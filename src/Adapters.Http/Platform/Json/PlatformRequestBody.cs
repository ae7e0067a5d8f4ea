namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// Who is asking, in the body of every POST and never in the URL: the Platform's integer ids of the user and of the
/// customer they act for (JSON numbers), and when (Unix seconds, a JSON number). <see cref="PlatformApiClient"/> fills
/// these in just before sending.
/// </summary>
internal abstract class PlatformRequestBody
{
    public long? UserId { get; set; }

    public long? CustomerId { get; set; }

    public long Timestamp { get; set; }
}
