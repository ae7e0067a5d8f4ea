using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>The <c>data</c> of every services answer; each endpoint fills in its own part.</summary>
internal sealed class ServicesData
{
    [JsonConverter(typeof(ObjectRowsConverter<ServiceDto>))]
    public List<ServiceDto?>? Services { get; set; }

    public PlatformPagination? Pagination { get; set; }

    public ServiceDto? Service { get; set; }

    public UsageDto? Usage { get; set; }

    public ServicesSummaryDto? Summary { get; set; }

    [JsonConverter(typeof(ObjectRowsConverter<PlanDto>))]
    public List<PlanDto?>? Plans { get; set; }
}
