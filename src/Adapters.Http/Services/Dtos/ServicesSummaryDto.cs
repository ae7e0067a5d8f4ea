using System.Text.Json.Serialization;
using Portal.Adapters.Http.Platform.Json;

namespace Portal.Adapters.Http.Services.Dtos;

internal sealed class ServicesSummaryDto
{
    public int? TotalServices { get; set; }

    public int? ActiveServices { get; set; }

    public int? SuspendedServices { get; set; }

    public int? PendingServices { get; set; }

    public int? Overdue { get; set; }

    public int? ExpiringSoon { get; set; }

    /// <summary>Active services' monthly equivalents added up in currency units, whatever their currency.</summary>
    public decimal? TotalMonthlyCost { get; set; }

    /// <summary>The newest services (up to 5): the only currencies the summary shows.</summary>
    [JsonConverter(typeof(ObjectRowsConverter<ServiceDto>))]
    public List<ServiceDto?>? RecentServices { get; set; }
}
