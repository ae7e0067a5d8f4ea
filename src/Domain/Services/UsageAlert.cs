namespace Portal.Domain.Services;

/// <summary>A warning the Platform raises about a service's usage, for example "Disk usage is above 80% of limit".</summary>
public sealed record UsageAlert
{
    public UsageAlert(string kind, string message, string? resource)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Kind = kind;
        Message = message;
        Resource = string.IsNullOrWhiteSpace(resource) ? null : resource;
    }

    /// <summary>The Platform's severity, for example "warning"; shown as it came.</summary>
    public string Kind { get; }

    /// <summary>Plain text for the user; whoever renders it must encode it.</summary>
    public string Message { get; }

    /// <summary>What the alert is about ("disk", "bandwidth"), when the Platform says.</summary>
    public string? Resource { get; }
}
