namespace Portal.Adapters.Http.Services.Dtos;

internal sealed class UsageAlertDto
{
    public string? Type { get; set; }

    public string? Message { get; set; }

    public string? Resource { get; set; }
}
