namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// The pagination block of the services and tickets lists; <c>has_next</c> and <c>has_previous</c> follow from the rest and
/// are not read. A value that is missing, null or no whole number is null: the page asked for, its size and an unknown
/// count stand in for it.
/// </summary>
internal sealed class PlatformPagination
{
    public int? Page { get; set; }

    public int? Limit { get; set; }

    public int? Total { get; set; }

    public int? Pages { get; set; }
}
