namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>The plan nested in a service's detail: its name and its limits (null where the plan sets none).</summary>
internal sealed class ServicePlanDto
{
    public string? Name { get; set; }

    public decimal? DiskSpaceGb { get; set; }

    public decimal? BandwidthGb { get; set; }
}
