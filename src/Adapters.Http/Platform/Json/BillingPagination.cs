namespace Portal.Adapters.Http.Platform.Json;

/// <summary>
/// Billing's pagination block, whose names differ from the other areas'. Its <c>total_pages</c> is 0 for an empty list,
/// so the page count is computed from <see cref="TotalItems"/> and the size; <see cref="TotalPages"/> is read only when
/// there is no total. A value that is missing, null or no whole number is null: the page asked for, its size and an
/// unknown count stand in for it.
/// </summary>
internal sealed class BillingPagination
{
    public int? CurrentPage { get; set; }

    public int? TotalItems { get; set; }

    public int? TotalPages { get; set; }

    public int? Limit { get; set; }
}
