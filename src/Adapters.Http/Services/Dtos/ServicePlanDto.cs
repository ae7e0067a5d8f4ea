using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>The plan nested in a service's detail: its id, name, type and limits (null where the plan sets none).</summary>
internal sealed class ServicePlanDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? PlanType { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? DiskSpaceGb { get; set; }

    [JsonConverter(typeof(StrictNumberConverter<decimal>))]
    public decimal? BandwidthGb { get; set; }
}
