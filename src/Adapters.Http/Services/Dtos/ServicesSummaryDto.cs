namespace Portal.Adapters.Http.Services.Dtos;

internal sealed class ServicesSummaryDto
{
    public int TotalServices { get; set; }

    public int ActiveServices { get; set; }

    public int SuspendedServices { get; set; }

    public int PendingServices { get; set; }

    public int Overdue { get; set; }

    public int ExpiringSoon { get; set; }

    /// <summary>In cents; null when there is no single-currency total.</summary>
    public long? TotalMonthlyCost { get; set; }

    /// <summary>Not in the contract: when absent, <c>PLATFORM_API_DEFAULT_CURRENCY</c> applies.</summary>
    public string? Currency { get; set; }
}
