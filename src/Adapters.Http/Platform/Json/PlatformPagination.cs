namespace Portal.Adapters.Http.Platform.Json;

/// <summary>The pagination block of the services and tickets lists.</summary>
internal sealed class PlatformPagination
{
    public int Page { get; set; }

    public int Limit { get; set; }

    public int Total { get; set; }

    public int Pages { get; set; }

    public bool HasNext { get; set; }

    public bool HasPrevious { get; set; }
}
