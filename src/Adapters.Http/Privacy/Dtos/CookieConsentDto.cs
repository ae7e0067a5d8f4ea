namespace Portal.Adapters.Http.Privacy.Dtos;

internal sealed class CookieConsentDto
{
    public string? Status { get; set; }

    public bool? Essential { get; set; }

    public bool? Functional { get; set; }

    public bool? Analytics { get; set; }

    public bool? Marketing { get; set; }

    public string? ConsentVersion { get; set; }

    public string? CreatedAt { get; set; }

    public string? UpdatedAt { get; set; }
}
