using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Privacy.Dtos;

internal sealed class ConsentHistoryAnswer : PlatformAnswer
{
    [JsonConverter(typeof(ObjectRowsConverter<ConsentEventDto>))]
    public List<ConsentEventDto?>? ConsentHistory { get; set; }

    [JsonConverter(typeof(ObjectRowsConverter<CookieConsentDto>))]
    public List<CookieConsentDto?>? CookieConsentHistory { get; set; }
}
