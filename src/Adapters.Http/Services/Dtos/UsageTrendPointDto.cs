namespace Portal.Adapters.Http.Services.Dtos;

/// <summary>One day of a trend, in gigabytes. The contract leaves the item's shape open (PRAHO sends none): Portal reads <c>{date, value}</c>.</summary>
internal sealed class UsageTrendPointDto
{
    public string? Date { get; set; }

    public decimal? Value { get; set; }
}
