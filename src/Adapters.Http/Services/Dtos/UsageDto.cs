using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>The <c>data.usage</c> of <c>services/{id}/usage/</c>: a snapshot, a history (empty on PRAHO) and alerts.</summary>
internal sealed class UsageDto
{
    public CurrentUsageDto? CurrentUsage { get; set; }

    [JsonConverter(typeof(OptionalObjectConverter<HistoricalUsageDto>))]
    public HistoricalUsageDto? HistoricalUsage { get; set; }

    [JsonConverter(typeof(ObjectRowsConverter<UsageAlertDto>))]
    public List<UsageAlertDto?>? Alerts { get; set; }
}
