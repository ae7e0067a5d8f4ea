using Portal.Domain.Common;

namespace Portal.Domain.Services;

/// <summary>Which services to list; a null criterion does not filter.</summary>
public sealed record ServiceFilter
{
    public ServiceFilter(ServiceStatus? status, string? serviceType)
    {
        if (status is { } known && (known == ServiceStatus.Unknown || !Enum.IsDefined(known)))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Only a known service status can filter a list.");
        }

        if (serviceType is not null && !Identifier.IsValid(serviceType))
        {
            throw new ArgumentException(
                $"A service type is 1 to {Identifier.MaxLength} letters, digits, '-' or '_'.", nameof(serviceType));
        }

        Status = status;
        ServiceType = serviceType;
    }

    public ServiceStatus? Status { get; }

    /// <summary>The Platform's code for a kind of service, for example "shared_hosting" or "vps".</summary>
    public string? ServiceType { get; }

    public static ServiceFilter All { get; } = new(null, null);
}
