using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Privacy.Dtos;

internal sealed class ConsentHistoryAnswer : PlatformAnswer
{
    public List<ConsentEventDto?>? ConsentHistory { get; set; }

    public List<CookieConsentDto?>? CookieConsentHistory { get; set; }
}
