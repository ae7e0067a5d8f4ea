namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// Billing's pagination block, whose names differ from the other areas'. <see cref="TotalPages"/> is 0 for an empty list,
/// so the page count is computed from <see cref="TotalItems"/> and the size, never taken from it.
/// </summary>
internal sealed class BillingPagination
{
    public int CurrentPage { get; set; }

    public int TotalPages { get; set; }

    public int TotalItems { get; set; }

    public int Limit { get; set; }
}
