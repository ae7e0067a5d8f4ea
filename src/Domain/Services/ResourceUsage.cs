namespace Portal.Domain.Services;

/// <summary>
/// How much of one plan resource (disk, traffic, mailboxes, databases) a service uses now. <see cref="Limit"/> is null
/// when the plan sets none (unlimited); <see cref="Percentage"/> is the Platform's own figure and null when there is no
/// limit to measure against.
/// </summary>
public sealed record ResourceUsage
{
    public ResourceUsage(decimal used, decimal? limit, decimal? percentage)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(used);
        if (limit is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "A limit is never negative.");
        }

        if (percentage is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(percentage), percentage, "A share is never negative.");
        }

        Used = used;
        Limit = limit;
        Percentage = limit is null ? null : percentage;
    }

    public decimal Used { get; }

    public decimal? Limit { get; }

    public decimal? Percentage { get; }

    public bool IsUnlimited => Limit is null;
}
