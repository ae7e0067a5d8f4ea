namespace Portal.Adapters.Http.Platform.Json;

/// <summary>Billing's pagination block, whose names differ from the other areas' and which carries no page size.</summary>
internal sealed class BillingPagination
{
    public int CurrentPage { get; set; }

    public int TotalPages { get; set; }

    public int TotalItems { get; set; }
}
